"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { Toast } from "radix-ui";
import { CircleAlert, CircleCheck, Info, X } from "lucide-react";
import { cn } from "./cn";

export type ToastVariant = "default" | "success" | "destructive";

export interface ToastOptions {
  title: string;
  description?: string;
  variant?: ToastVariant;
}

interface ToastItem extends ToastOptions {
  id: number;
}

type ShowToast = (options: ToastOptions) => void;

const ToastContext = createContext<ShowToast | null>(null);

// A handful is enough: older toasts would only push the newest one off small screens.
const MAX_VISIBLE = 4;

const variantStyles: Record<ToastVariant, string> = {
  default: "border-border",
  success: "border-success/40",
  destructive: "border-destructive/50",
};

const variantIcons = {
  default: <Info aria-hidden className="size-4 text-muted-foreground" />,
  success: <CircleCheck aria-hidden className="size-4 text-success" />,
  destructive: <CircleAlert aria-hidden className="size-4 text-destructive" />,
} satisfies Record<ToastVariant, ReactNode>;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(0);

  const show = useCallback<ShowToast>((options) => {
    nextId.current += 1;
    const item = { ...options, id: nextId.current };
    setToasts((current) => [...current.slice(-(MAX_VISIBLE - 1)), item]);
  }, []);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((t) => t.id !== id));
  }, []);

  return (
    <Toast.Provider swipeDirection="right" duration={6000}>
      <ToastContext.Provider value={show}>{children}</ToastContext.Provider>
      {toasts.map((t) => {
        const variant = t.variant ?? "default";
        return (
          <Toast.Root
            key={t.id}
            // Errors interrupt the screen reader; confirmations wait their turn.
            type={variant === "destructive" ? "foreground" : "background"}
            onOpenChange={(open) => {
              if (!open) dismiss(t.id);
            }}
            className={cn(
              "pointer-events-auto relative flex w-full items-start gap-3 rounded-lg border bg-card p-4 pr-10 text-card-foreground shadow-lg",
              "data-[state=open]:animate-slide-in-bottom data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x)",
              variantStyles[variant],
            )}
          >
            <span className="mt-0.5 shrink-0">{variantIcons[variant]}</span>
            <div className="grid gap-1">
              <Toast.Title className="text-sm font-medium">{t.title}</Toast.Title>
              {t.description ? (
                <Toast.Description className="text-sm text-muted-foreground">{t.description}</Toast.Description>
              ) : null}
            </div>
            <Toast.Close
              aria-label="Dismiss notification"
              className="absolute right-2 top-2 rounded-md p-1 text-muted-foreground hover:bg-accent hover:text-foreground"
            >
              <X aria-hidden className="size-4" />
            </Toast.Close>
          </Toast.Root>
        );
      })}
      <Toast.Viewport className="fixed bottom-0 right-0 z-100 flex w-full max-w-sm flex-col gap-2 p-4 outline-none" />
    </Toast.Provider>
  );
}

/** Shows a transient notification; must be called under <ToastProvider>. */
export function useToast() {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast must be used inside <ToastProvider>");
  return useMemo(() => ({ toast: show }), [show]);
}
