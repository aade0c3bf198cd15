"use client";

import { useState, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { ToastProvider } from "@/components/ui/toast";

/*
 * next-themes renders an inline script that must run from the server HTML before paint. When the
 * provider mounts on the client (e.g. after a not-found render), React 19 warns about creating a
 * script element there. Marking the client copy as a data block silences that without changing
 * the server copy, which is the only one that ever runs.
 */
const themeScriptProps = typeof window === "undefined" ? undefined : { type: "application/json" };

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Server components render the first view; a short stale time avoids refetching it at once.
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        retry: 1,
      },
    },
  });
}

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab, created lazily so a re-render never drops the cache.
  const [queryClient] = useState(makeQueryClient);
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      scriptProps={themeScriptProps}
    >
      <QueryClientProvider client={queryClient}>
        <ToastProvider>{children}</ToastProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
