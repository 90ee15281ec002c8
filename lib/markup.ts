/** Text safe inside XML and HTML, in element content and in quoted attributes (feeds, SVG files, error pages, embed snippets). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
