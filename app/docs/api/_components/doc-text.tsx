/** Text from the OpenAPI document, where `backticks` mark code as in Markdown; nothing else is interpreted. */
export function DocText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  // split() with a capture group alternates plain text (even indexes) and code (odd indexes).
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.85em] text-foreground">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
