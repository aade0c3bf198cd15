import { db } from "@/lib/db";

export interface OutboxSummary {
  id: string;
  to: string;
  subject: string;
  createdAt: Date;
}

/** The development outbox, newest first (for /dev/outbox; never served in production). */
export function listOutboxEmails(limit = 100): Promise<OutboxSummary[]> {
  return db.outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
}

export function getOutboxEmail(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
  return db.outboxEmail.findUnique({ where: { id }, select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true } });
}
