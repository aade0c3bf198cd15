import { Resend } from "resend";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export interface EmailMessage {
  to: string;
  subject: string;
  /** Always both parts: clients without HTML, and spam filters, read the text. */
  text: string;
  html: string;
}

/**
 * Sends through Resend when RESEND_API_KEY is set. Otherwise the message goes to the development
 * outbox (a table, browsable at /dev/outbox outside production, read by tests), never a pretend send.
 */
export async function sendEmail(message: EmailMessage): Promise<{ delivery: "resend" | "outbox"; id: string }> {
  const { RESEND_API_KEY, EMAIL_FROM } = env();
  if (RESEND_API_KEY) {
    const { data, error } = await new Resend(RESEND_API_KEY).emails.send({ from: EMAIL_FROM, ...message });
    if (error || !data) throw new Error(`Resend refused the email: ${error?.message ?? "no id returned"}`);
    return { delivery: "resend", id: data.id };
  }
  const row = await db.outboxEmail.create({ data: message, select: { id: true } });
  if (env().NODE_ENV === "production") {
    // Bodies carry single-use links, which must never reach production logs.
    logger.warn("RESEND_API_KEY is not set: email kept in the outbox table, not sent", { to: message.to, subject: message.subject });
  } else {
    // Development only: the developer is the recipient, and the console is where they look.
    console.info(`\n📧 ${message.subject} → ${message.to} (also at /dev/outbox)\n${message.text}\n`);
  }
  return { delivery: "outbox", id: row.id };
}
