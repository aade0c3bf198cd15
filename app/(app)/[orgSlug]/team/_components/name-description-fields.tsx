import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "./field-error";

/** The name and optional description that roles and teams both have, with the server's field errors. */
export function NameDescriptionFields({
  id,
  errors,
  name,
  description,
  nameMaxLength,
}: {
  id: string;
  errors: Record<string, string>;
  name: string;
  description: string;
  nameMaxLength: number;
}) {
  return (
    <>
      <div className="grid gap-2">
        <Label htmlFor={`${id}-name`}>Name</Label>
        <Input
          id={`${id}-name`}
          name="name"
          required
          maxLength={nameMaxLength}
          defaultValue={name}
          aria-invalid={Boolean(errors.name) || undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
        />
        <FieldError id={`${id}-name-error`} message={errors.name} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor={`${id}-description`}>Description (optional)</Label>
        <Input
          id={`${id}-description`}
          name="description"
          maxLength={500}
          defaultValue={description}
          aria-invalid={Boolean(errors.description) || undefined}
          aria-describedby={errors.description ? `${id}-description-error` : undefined}
        />
        <FieldError id={`${id}-description-error`} message={errors.description} />
      </div>
    </>
  );
}

/** Reads the two fields back: an empty description is stored as none. */
export function readNameDescription(form: FormData): { name: string; description: string | null } {
  const description = String(form.get("description") ?? "").trim();
  return { name: String(form.get("name") ?? ""), description: description || null };
}
