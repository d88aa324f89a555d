'use client';

import type { ReactNode } from 'react';
import { SessionProvider } from 'next-auth/react';
import { SWRConfig } from 'swr';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider basePath="/admin/api/auth">
      <SWRConfig value={{ fetcher: (url: string) => fetch(url).then(res => res.json()) }}>{children}</SWRConfig>
    </SessionProvider>
  );
}
