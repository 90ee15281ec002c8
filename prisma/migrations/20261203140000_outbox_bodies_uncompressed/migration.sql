-- Mail bodies stay in the outbox only until delivered: compressing them costs time in the job (thousands of
-- alert mails in one run) and saves disk only for minutes. Stored as they are.
ALTER TABLE "OutboxMail" ALTER COLUMN "html" SET STORAGE EXTERNAL, ALTER COLUMN "text" SET STORAGE EXTERNAL;
