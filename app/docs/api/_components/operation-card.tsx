import { Badge } from "@/components/ui/badge";
import { displayPath, type OperationView, type ParameterView } from "../_lib/read-openapi";
import { DocText } from "./doc-text";
import { JsonBlock } from "./json-block";
import { MethodBadge } from "./method-badge";

function schemaType(schema: unknown): string {
  if (typeof schema !== "object" || schema === null) return "";
  const s = schema as Record<string, unknown>;
  if (Array.isArray(s.enum)) return s.enum.map(String).join(" | ");
  const type = Array.isArray(s.type) ? s.type.join(" | ") : typeof s.type === "string" ? s.type : "";
  return typeof s.format === "string" ? `${type} (${s.format})` : type;
}

function ParametersTable({ parameters }: { parameters: ParameterView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Parameters</caption>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Name</th>
            <th scope="col" className="px-3 py-2 font-medium">In</th>
            <th scope="col" className="px-3 py-2 font-medium">Type</th>
            <th scope="col" className="px-3 py-2 font-medium">Description</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={`${p.in}:${p.name}`} className="border-t align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                <code className="font-mono text-xs font-medium">{p.name}</code>
                {p.required ? <span className="ml-1.5 text-xs text-destructive">required</span> : null}
              </td>
              <td className="px-3 py-2 text-xs text-muted-foreground">{p.in}</td>
              <td className="px-3 py-2 font-mono text-xs text-muted-foreground">{schemaType(p.schema)}</td>
              <td className="px-3 py-2 text-muted-foreground">{p.description ? <DocText text={p.description} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function statusVariant(status: string) {
  if (status.startsWith("2")) return "success" as const;
  if (status.startsWith("4") || status.startsWith("5")) return "destructive" as const;
  return "secondary" as const;
}

export function OperationCard({ operation, serverUrl }: { operation: OperationView; serverUrl?: string }) {
  const { requestBody } = operation;
  return (
    <article id={operation.id} aria-labelledby={`${operation.id}-title`} className="scroll-mt-24 rounded-xl border bg-card shadow-xs">
      <header className="grid gap-2 border-b p-5">
        <div className="flex flex-wrap items-center gap-3">
          <MethodBadge method={operation.method} />
          <code className="font-mono text-sm font-medium break-all">{displayPath(serverUrl, operation.path)}</code>
          {operation.deprecated ? <Badge variant="warning">Deprecated</Badge> : null}
        </div>
        <h3 id={`${operation.id}-title`} className="text-base font-semibold tracking-tight">
          {operation.summary}
        </h3>
        {operation.description ? (
          <p className="text-sm whitespace-pre-line text-muted-foreground">
            <DocText text={operation.description} />
          </p>
        ) : null}
        <p className="font-mono text-xs text-muted-foreground">operationId: {operation.id}</p>
      </header>

      <div className="grid gap-5 p-5">
        {operation.parameters.length > 0 ? (
          <section className="grid gap-2">
            <h4 className="text-sm font-semibold">Parameters</h4>
            <ParametersTable parameters={operation.parameters} />
          </section>
        ) : null}

        {requestBody ? (
          <section className="grid gap-2">
            <h4 className="text-sm font-semibold">
              Request body{" "}
              <span className="font-normal text-muted-foreground">{requestBody.required ? "(required)" : "(optional)"}</span>
            </h4>
            {requestBody.description ? (
              <p className="text-sm text-muted-foreground">
                <DocText text={requestBody.description} />
              </p>
            ) : null}
            {requestBody.content.map((c) => (
              <JsonBlock key={c.contentType} summary={`Schema · ${c.contentType}`} value={c.schema} />
            ))}
          </section>
        ) : null}

        <section className="grid gap-2">
          <h4 className="text-sm font-semibold">Responses</h4>
          <ul className="grid gap-2">
            {operation.responses.map((r) => (
              <li key={r.status} className="grid gap-2">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge variant={statusVariant(r.status)} className="font-mono">
                    {r.status}
                  </Badge>
                  <span className="text-muted-foreground">
                    <DocText text={r.description} />
                  </span>
                </div>
                {r.content.map((c) => (
                  <JsonBlock key={c.contentType} summary={`${r.status} · ${c.contentType}`} value={c.schema} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}
