import type { ActorContext } from "@/lib/auth/context";
import { invitationEmail } from "@/lib/email/templates/invitation";
import { sendEmail } from "@/lib/email/send-email";
import { logger } from "@/lib/logger";
import { invitationUrl } from "./invitation-view";
import type { Invitation, InvitationSent } from "./schemas";

/**
 * Mails the link of a new or re-sent invitation. Called after the invitation is committed, so an
 * email never points at a rolled-back row. A failed send is reported in `emailSent`, not thrown:
 * the invitation exists and can be resent.
 */
export async function sendInvitationEmail(
  ctx: ActorContext,
  { invitation, organizationName, token }: { invitation: Invitation; organizationName: string; token: string },
): Promise<InvitationSent> {
  try {
    await sendEmail(
      invitationEmail({
        to: invitation.email,
        organizationName,
        roleName: invitation.role.name,
        // An API key is not a person to name in the email.
        inviterName: ctx.actorType === "user" ? (ctx.actorLabel ?? null) : null,
        url: invitationUrl(token),
        expiresAt: invitation.expiresAt,
      }),
    );
    return { ...invitation, emailSent: true };
  } catch (error) {
    logger.error("The invitation email could not be sent", { to: invitation.email, error: error instanceof Error ? error.message : String(error) });
    return { ...invitation, emailSent: false };
  }
}
