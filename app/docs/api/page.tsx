import type { Metadata } from "next";
import { FileJson, KeyRound } from "lucide-react";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { DocText } from "./_components/doc-text";
import { JsonBlock } from "./_components/json-block";
import { MethodBadge } from "./_components/method-badge";
import { OperationCard } from "./_components/operation-card";
import { readApiReference } from "./_lib/read-openapi";

export const metadata: Metadata = {
  title: "API reference",
  description: "Every operation of the ComplianceIQ REST API, generated from the same schemas the API validates with.",
};

const RAW_DOCUMENT = "/api/v1/openapi.json";

const tagAnchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

export default function ApiReferencePage() {
  const api = readApiReference(buildOpenApiDocument());
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="Operations" className="hidden lg:block">
        <div className="sticky top-24 grid max-h-[calc(100dvh-8rem)] gap-5 overflow-y-auto pr-2 text-sm">
          {api.groups.map((group) => (
            <div key={group.tag} className="grid gap-1.5">
              <a href={`#${tagAnchor(group.tag)}`} className="rounded font-medium hover:text-primary">
                {group.tag}
              </a>
              <ul className="grid gap-1 border-l pl-3">
                {group.operations.map((op) => (
                  <li key={op.id}>
                    <a
                      href={`#${op.id}`}
                      className="flex items-center gap-2 rounded text-muted-foreground hover:text-foreground"
                    >
                      <span className="w-10 shrink-0 font-mono text-[0.65rem] uppercase">{op.method}</span>
                      <span className="truncate">{op.summary}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </nav>

      <div className="grid min-w-0 gap-12">
        <header className="grid gap-4 border-b pb-8">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-3xl font-semibold tracking-tight">{api.title}</h1>
            {api.version ? <Badge variant="secondary">v{api.version}</Badge> : null}
          </div>
          {api.description ? (
            <p className="max-w-3xl whitespace-pre-line text-muted-foreground">
              <DocText text={api.description} />
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button asChild variant="outline">
              <a href={RAW_DOCUMENT}>
                <FileJson aria-hidden />
                OpenAPI 3.1 document (JSON)
              </a>
            </Button>
            {api.serverUrl ? (
              <p className="text-sm text-muted-foreground">
                Base URL <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{api.serverUrl}</code>
              </p>
            ) : null}
          </div>
          {api.securitySchemes.length > 0 ? (
            <section aria-labelledby="auth-title" className="grid gap-2 rounded-xl border bg-card p-4">
              <h2 id="auth-title" className="flex items-center gap-2 text-sm font-semibold">
                <KeyRound aria-hidden className="size-4 text-muted-foreground" />
                Authentication
              </h2>
              <ul className="grid gap-1 text-sm text-muted-foreground">
                {api.securitySchemes.map((s) => (
                  <li key={s.name}>
                    <code className="font-mono text-xs text-foreground">{s.name}</code>
                    {s.type ? ` (${s.type})` : null}
                    {s.description ? (
                      <>
                        : <DocText text={s.description} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </header>

        {api.groups.length === 0 ? (
          <p className="text-muted-foreground">The API document lists no operations yet.</p>
        ) : (
          api.groups.map((group) => (
            <section
              key={group.tag}
              id={tagAnchor(group.tag)}
              aria-labelledby={`${tagAnchor(group.tag)}-title`}
              className="grid scroll-mt-24 gap-5"
            >
              <div className="grid gap-1">
                <h2 id={`${tagAnchor(group.tag)}-title`} className="text-xl font-semibold tracking-tight">
                  {group.tag}
                </h2>
                {group.description ? (
                  <p className="text-sm text-muted-foreground">
                    <DocText text={group.description} />
                  </p>
                ) : null}
              </div>
              <ul className="grid gap-2 lg:hidden">
                {group.operations.map((op) => (
                  <li key={op.id}>
                    <a href={`#${op.id}`} className="flex items-center gap-3 rounded text-sm hover:text-primary">
                      <MethodBadge method={op.method} />
                      {op.summary}
                    </a>
                  </li>
                ))}
              </ul>
              {group.operations.map((op) => (
                <OperationCard key={op.id} operation={op} serverUrl={api.serverUrl} />
              ))}
            </section>
          ))
        )}

        {api.schemas.length > 0 ? (
          <section aria-labelledby="schemas-title" className="grid gap-4">
            <h2 id="schemas-title" className="text-xl font-semibold tracking-tight">
              Schemas
            </h2>
            <p className="text-sm text-muted-foreground">
              Shared shapes referenced above as <code className="font-mono text-xs">#/components/schemas/…</code>.
            </p>
            <div className="grid gap-2">
              {api.schemas.map((s) => (
                <div key={s.name} id={`schema-${s.name}`} className="scroll-mt-24">
                  <JsonBlock summary={s.name} value={s.schema} />
                </div>
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
