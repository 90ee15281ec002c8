import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/**
 * For tests only (ajv is a development dependency): checks answers against what an OpenAPI 3.1 document says of
 * them. Its schemas are JSON Schema 2020-12, so ajv validates with them as they are.
 */

type Node = { [key: string]: unknown };

const documentId = "openapi.json";

const pointerSegment = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

export function openApiChecker(document: Node) {
  // Strict: a misspelt keyword in the document fails the test instead of silently allowing anything.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  // The fields of the OpenAPI object itself are no schema keywords; the schemas live below them.
  ajv.addVocabulary([
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "paths",
    "webhooks",
    "components",
    "security",
    "tags",
    "externalDocs",
  ]);
  ajv.addSchema(document, documentId);

  /** Follows `$ref`s within the document ("#/components/…"). */
  function resolve(node: unknown): Node {
    let current = node as Node;
    while (typeof current.$ref === "string") {
      current = (current.$ref as string)
        .replace(/^#\//, "")
        .split("/")
        .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce<Node>((parent, key) => parent[key] as Node, document);
    }
    return current;
  }

  function documentedResponse(path: string, status: number): Node {
    const operation = resolve((resolve((document.paths as Node)[path]) as Node).get);
    const response = (operation.responses as Node)[String(status)];
    if (!response) throw new Error(`GET ${path} documents no ${status} response`);
    return resolve(response);
  }

  function messages(errors: typeof ajv.errors): string[] {
    return (errors ?? []).map(
      (error) => `${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`,
    );
  }

  return {
    /** What is wrong with a JSON body of GET `path` answered with `status`; empty when it matches the document. */
    bodyErrors(path: string, status: number, body: unknown): string[] {
      documentedResponse(path, status);
      const pointer = ["paths", path, "get", "responses", String(status), "content", "application/json", "schema"]
        .map(pointerSegment)
        .join("/");
      const validate = ajv.compile({ $ref: `${documentId}#/${pointer}` });
      return validate(body) ? [] : messages(validate.errors);
    },

    /** Headers the document promises for that answer which are missing or do not match their schema. */
    headerErrors(path: string, status: number, headers: Record<string, string>): string[] {
      const documented = (documentedResponse(path, status).headers ?? {}) as Node;
      return Object.entries(documented).flatMap(([name, header]) => {
        const value = headers[name.toLowerCase()];
        if (value === undefined) return [`${name} is missing`];
        const validate = ajv.compile(resolve(header).schema as Node);
        return validate(value) ? [] : messages(validate.errors).map((message) => `${name}: ${message}`);
      });
    },
  };
}
