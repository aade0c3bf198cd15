import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { open, seal, sealedKeyId } from "@/lib/crypto/secret-box";
import { createInstance } from "@/lib/instances/create-instance";
import { openCredentials, openTokens, sealTokens } from "@/lib/instances/credentials";
import { createMember, createUser } from "@/lib/testing/factories";
import { rotateSealedValues } from "./rotate-sealed-values";

// The keys are switched per test: secret-box reads env() on every call.
const keys = vi.hoisted(() => ({ current: "", previous: undefined as string | undefined }));
vi.mock("@/lib/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/env")>();
  return {
    ...original,
    env: () => ({ ...original.env(), ENCRYPTION_KEY: keys.current, ENCRYPTION_KEYS_PREVIOUS: keys.previous }),
  };
});

const newKey = () => randomBytes(32).toString("base64");
const PASSWORD = "rotate-me-Pa55word!";
const CLIENT_SECRET = "rotate-client-secret-123";

describe("npm run crypto:rotate", () => {
  let keyA: string;
  let keyB: string;
  beforeEach(() => {
    keyA = newKey();
    keyB = newKey();
    keys.current = keyA;
    keys.previous = undefined;
  });

  it("re-encrypts instance credentials, tokens and TOTP secrets so that only the new key opens them, and is idempotent", async () => {
    const { ctx } = await createMember();
    const instance = await createInstance(ctx, {
      name: "Rotating",
      url: "https://rotating.service-now.com",
      auth: { type: "oauth", clientId: "ciq", clientSecret: CLIENT_SECRET, username: "integration", password: PASSWORD },
    });
    const tokens = { accessToken: "access-token-rot", refreshToken: "refresh-token-rot", expiresAt: Date.UTC(2030, 0, 1) };
    await db.serviceNowInstance.update({ where: { id: instance.id }, data: { tokensEnc: sealTokens(instance.id, tokens) } });
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { mfaSecretEnc: seal(JSON.stringify({ secret: "JBSWY3DPEHPK3PXP" }), user.id) } });
    const before = await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } });

    // Rotate: B is current, A only previous.
    keys.current = keyB;
    keys.previous = keyA;
    const first = await rotateSealedValues();
    expect(first.instanceCredentials).toMatchObject({ reencrypted: 1, failed: 0 });
    expect(first.instanceTokens).toMatchObject({ reencrypted: 1, failed: 0 });
    expect(first.userMfaSecrets).toMatchObject({ reencrypted: 1, failed: 0 });
    // The report holds counts and a key id, nothing sealed or plain.
    const printed = JSON.stringify(first);
    for (const secret of [PASSWORD, CLIENT_SECRET, "access-token-rot", before.credentialsEnc]) expect(printed).not.toContain(secret);

    // Only B configured now: everything still opens.
    keys.previous = undefined;
    const after = await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } });
    expect(sealedKeyId(after.credentialsEnc)).toBe(first.keyId);
    expect(after.credentialsEnc).not.toBe(before.credentialsEnc);
    expect(openCredentials(instance.id, after.credentialsEnc)).toMatchObject({ clientSecret: CLIENT_SECRET, password: PASSWORD });
    expect(openTokens(instance.id, after.tokensEnc)).toEqual(tokens);
    const mfa = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaSecretEnc: true } });
    expect(JSON.parse(open(mfa.mfaSecretEnc!, user.id))).toEqual({ secret: "JBSWY3DPEHPK3PXP" });
    // ...and the old key alone no longer does.
    keys.current = keyA;
    expect(() => openCredentials(instance.id, after.credentialsEnc)).toThrow(/cannot be decrypted/);
    keys.current = keyB;

    // Running again changes nothing.
    const second = await rotateSealedValues();
    expect(second.instanceCredentials.reencrypted).toBe(0);
    expect(second.userMfaSecrets.reencrypted).toBe(0);
    expect(second.instanceCredentials.current).toBeGreaterThanOrEqual(1);
    const again = await db.serviceNowInstance.findUniqueOrThrow({ where: { id: instance.id } });
    expect(again.credentialsEnc).toBe(after.credentialsEnc);

    // The organization's audit trail says it happened, without values.
    const events = await db.auditEvent.findMany({ where: { organizationId: ctx.organizationId, action: "instance.credentials_reencrypted" } });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events.map((e) => e.changes))).not.toContain(PASSWORD);
    expect(events[0]!.changes).toMatchObject({ values: 2, keyId: first.keyId }) // credentials and tokens;
  });

  it("leaves values no configured key opens untouched and counts them", async () => {
    const user = await createUser();
    const sealedUnderA = seal(JSON.stringify({ secret: "KEEPME" }), user.id);
    await db.user.update({ where: { id: user.id }, data: { mfaSecretEnc: sealedUnderA } });
    keys.current = keyB; // A forgotten: not in ENCRYPTION_KEYS_PREVIOUS
    const report = await rotateSealedValues();
    expect(report.userMfaSecrets.failed).toBeGreaterThanOrEqual(1);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaSecretEnc: true } });
    expect(row.mfaSecretEnc).toBe(sealedUnderA);
  });
});
