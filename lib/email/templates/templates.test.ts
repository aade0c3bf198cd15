import { describe, expect, it } from "vitest";
import { passwordChangedMessage } from "./password-changed";
import { resetPasswordMessage } from "./reset-password";
import { verifyEmailMessage } from "./verify-email";

const EVIL = `<script>alert("x")</script> & 'friends'`;

describe("account email templates", () => {
  it("escape every interpolated value in the HTML part and keep it readable in the text part", () => {
    const message = verifyEmailMessage({ to: "ada@example.test", name: EVIL, url: `https://app.test/verify-email?token=a"b<c` });
    expect(message.html).not.toContain("<script>");
    expect(message.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;");
    expect(message.html).toContain(`href="https://app.test/verify-email?token=a&quot;b&lt;c"`);
    expect(message.text).toContain(`Hi ${EVIL},`);
    expect(message.text).toContain("https://app.test/verify-email?token=a\"b<c");
  });

  it("give each message a subject, a link in both parts and the recipient", () => {
    const reset = resetPasswordMessage({ to: "ada@example.test", url: "https://app.test/reset-password?token=t1" });
    expect(reset.subject).toMatch(/reset/i);
    for (const part of [reset.text, reset.html]) expect(part).toContain("https://app.test/reset-password?token=t1");
    const changed = passwordChangedMessage({ to: "ada@example.test", how: "changed", when: new Date(0), ip: "10.0.0.1", resetUrl: "https://app.test/forgot-password" });
    expect(changed.text).toMatch(/changed in account settings on Thu, 01 Jan 1970 00:00:00 GMT from the address 10\.0\.0\.1/);
    expect(changed.html).toContain("https://app.test/forgot-password");
  });
});
