import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './signin-result-contract.rule.js';

const ruleTester = createRuleTester();
const FORM = file('app/login/login-form.tsx');
const V4 = settingsFor(4);

/** A client sign-in form whose submit handler is `body`. */
const form = (body: string, extraImports = ''): string => `'use client';
import { signIn } from 'next-auth/react';
import { useRouter, useSearchParams } from 'next/navigation';
${extraImports}
export function LoginForm() {
  const router = useRouter();
  const searchParams = useSearchParams();
  async function onSubmit(email: string, password: string) {
${body}
  }
  return <form action={() => onSubmit('a', 'b')} />;
}
`;

const OK_ONLY = `    const res = await signIn('credentials', { email, password, redirect: false });
    if (res?.ok) router.push('/dashboard');`;
const OK_AND_ERROR = `    const res = await signIn('credentials', { email, password, redirect: false });
    if (res?.ok && !res?.error) router.push('/dashboard');`;

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'the canonical form: if (!r || r.error) { show; return } then a fixed path',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (!r || r.error) {
      alert('Invalid email or password');
      return;
    }
    router.push('/dashboard');`),
    },
    {
      name: 'a validated relative callbackUrl',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (!r || r.error) return;
    const callbackUrl = searchParams.get('callbackUrl') ?? '/';
    router.push(callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/');`),
    },
    {
      name: 'a callbackUrl checked by a helper',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (!r || r.error) return;
    const next = searchParams.get('next');
    router.replace(isSameOrigin(next) ? next : '/');`, 'declare function isSameOrigin(url: string | null): url is string;'),
    },
    {
      name: 'ok checked together with error',
      filename: FORM,
      settings: V4,
      code: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    if (res?.ok && !res.error) router.push('/dashboard');`),
    },
    {
      name: 'destructured error',
      filename: FORM,
      settings: V4,
      code: form(`    const { ok, error } = await signIn('credentials', { email, password, redirect: false }) ?? {};
    if (ok && !error) router.push('/dashboard');`),
    },
    {
      name: 'signIn with the default redirect navigates by itself (callbackUrl is validated by next-auth)',
      filename: FORM,
      settings: V4,
      code: form(`    await signIn('credentials', { email, password, callbackUrl: searchParams.get('callbackUrl') ?? '/' });`),
    },
    {
      name: 'redirect: false in a spread we cannot see',
      filename: FORM,
      settings: V4,
      code: form(`    const res = await signIn('credentials', { ...opts, email, password });
    if (res?.ok) router.push('/dashboard');`, 'declare const opts: { redirect: boolean };'),
    },
    {
      name: 'the result handed to a helper',
      filename: FORM,
      settings: V4,
      code: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    handleResult(res);`, 'declare function handleResult(r: unknown): void;'),
    },
    {
      name: 'the result returned to the caller',
      filename: FORM,
      settings: V4,
      code: form(`    return signIn('credentials', { email, password, redirect: false });`),
    },
    {
      name: 'a discarded result with no navigation after it (email sign-in shows a notice)',
      filename: FORM,
      settings: V4,
      code: form(`    await signIn('email', { email, redirect: false });`),
    },
    {
      name: 'a signIn that is not next-auth',
      filename: FORM,
      settings: V4,
      code: code`
        'use client';
        import { useRouter } from 'next/navigation';
        import { signIn } from '@/lib/my-auth';
        export function useLogin() {
          const router = useRouter();
          return async () => {
            const res = await signIn('credentials', { redirect: false });
            if (res.ok) router.push('/');
          };
        }
      `,
    },
    {
      name: 'then() callback reading error',
      filename: FORM,
      settings: V4,
      code: form(`    signIn('credentials', { email, password, redirect: false }).then(res => {
      if (res?.error) return;
      router.push('/dashboard');
    });`),
    },
    {
      name: 'a callbackUrl navigation in a file that never signs in',
      filename: file('app/welcome/page.tsx'),
      settings: V4,
      code: code`
        'use client';
        import { useRouter, useSearchParams } from 'next/navigation';
        export default function Welcome() {
          const router = useRouter();
          const params = useSearchParams();
          return <button onClick={() => router.push(params.get('next') ?? '/')}>Continue</button>;
        }
      `,
    },
    {
      name: 'a navigation to a fixed path after sign-in',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (r?.error) return;
    window.location.href = '/dashboard';`),
    },
    {
      name: 'a non-redirect search parameter',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (!r || r.error) return;
    router.push(\`/dashboard?tab=\${searchParams.get('tab')}\`);`),
    },
    {
      name: 'suggestion output: the error check added to ok',
      filename: FORM,
      settings: V4,
      code: form(OK_AND_ERROR),
    },
  ],
  invalid: [
    {
      name: 'if (res?.ok) router.push(...) (the incident)',
      filename: FORM,
      settings: V4,
      code: form(OK_ONLY),
      errors: [
        {
          messageId: 'successWithoutError',
          data: { property: 'res?.ok', error: 'error', result: 'res' },
          suggestions: [
            {
              messageId: 'checkError',
              data: { result: 'res', error: 'error' },
              output: form(OK_AND_ERROR),
            },
          ],
        },
      ],
    },
    {
      name: 'if (!res.ok) { show; return }',
      filename: FORM,
      settings: V4,
      code: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    if (!res!.ok) {
      alert('failed');
      return;
    }
    router.push('/dashboard');`),
      errors: [
        {
          messageId: 'successWithoutError',
          suggestions: [
            {
              messageId: 'checkError',
              output: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    if (!res!.ok || res?.error) {
      alert('failed');
      return;
    }
    router.push('/dashboard');`),
            },
          ],
        },
      ],
    },
    {
      name: 'status === 200',
      filename: FORM,
      settings: V4,
      code: form(`    const result = await signIn('credentials', { email, password, redirect: false });
    if (result?.status === 200) router.push('/dashboard');`),
      errors: [
        {
          messageId: 'successWithoutError',
          suggestions: [
            {
              messageId: 'checkError',
              output: form(`    const result = await signIn('credentials', { email, password, redirect: false });
    if (result?.status === 200 && !result?.error) router.push('/dashboard');`),
            },
          ],
        },
      ],
    },
    {
      name: 'status !== 200 as the failure test',
      filename: FORM,
      settings: V4,
      code: form(`    const result = await signIn('credentials', { email, password, redirect: false });
    if (!result || result.status !== 200) return;
    router.push('/dashboard');`),
      errors: [
        {
          messageId: 'successWithoutError',
          suggestions: [
            {
              messageId: 'checkError',
              output: form(`    const result = await signIn('credentials', { email, password, redirect: false });
    if (!result || (result.status !== 200 || result?.error)) return;
    router.push('/dashboard');`),
            },
          ],
        },
      ],
    },
    {
      name: 'ok in a ternary',
      filename: FORM,
      settings: V4,
      code: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    router.push(res?.ok ? '/dashboard' : '/login?failed=1');`),
      errors: [
        {
          messageId: 'successWithoutError',
          suggestions: [
            {
              messageId: 'checkError',
              output: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    router.push(res?.ok && !res?.error ? '/dashboard' : '/login?failed=1');`),
            },
          ],
        },
      ],
    },
    {
      name: 'ok stored in state: reported without a suggestion',
      filename: FORM,
      settings: V4,
      code: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    setSuccess(res?.ok ?? false);`, 'declare function setSuccess(v: boolean): void;'),
      errors: [{ messageId: 'successWithoutError', suggestions: [] }],
    },
    {
      name: 'destructured ok without error',
      filename: FORM,
      settings: V4,
      code: form(`    const { ok } = (await signIn('credentials', { email, password, redirect: false }))!;
    if (ok) router.push('/dashboard');`),
      errors: [{ messageId: 'successWithoutError', data: { property: 'ok', error: 'error', result: 'result' } }],
    },
    {
      name: 'then() callback testing ok',
      filename: FORM,
      settings: V4,
      code: form(`    signIn('credentials', { email, password, redirect: false }).then(res => {
      if (res?.ok) router.push('/dashboard');
    });`),
      errors: [
        {
          messageId: 'successWithoutError',
          suggestions: [
            {
              messageId: 'checkError',
              output: form(`    signIn('credentials', { email, password, redirect: false }).then(res => {
      if (res?.ok && !res?.error) router.push('/dashboard');
    });`),
            },
          ],
        },
      ],
    },
    {
      name: 'the result discarded, then a navigation',
      filename: FORM,
      settings: V4,
      code: form(`    await signIn('credentials', { email, password, redirect: false });
    router.push('/dashboard');`),
      errors: [
        {
          messageId: 'resultUnchecked',
          suggestions: [
            {
              messageId: 'insertCheck',
              output: form(`    const result = await signIn('credentials', { email, password, redirect: false });
    if (!result || result.error) return;
    router.push('/dashboard');`),
            },
          ],
        },
      ],
    },
    {
      name: 'the result bound but never read, then a full page load',
      filename: FORM,
      settings: V4,
      code: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    window.location.href = '/dashboard';`),
      errors: [{ messageId: 'resultUnchecked' }],
    },
    {
      name: 'Auth.js v5 next-auth/react: same contract',
      filename: FORM,
      settings: settingsFor(5),
      code: form(OK_ONLY),
      errors: [{ messageId: 'successWithoutError', suggestions: [{ messageId: 'checkError', output: form(OK_AND_ERROR) }] }],
    },
    {
      name: 'router.push(searchParams.get("callbackUrl")) after sign-in',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (!r || r.error) return;
    router.push(searchParams.get('callbackUrl') ?? '/dashboard');`),
      errors: [{ messageId: 'openRedirect', data: { param: 'callbackUrl' } }],
    },
    {
      name: 'window.location.href = a redirect parameter held in a const',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (!r || r.error) return;
    const target = searchParams.get('redirect') || '/';
    window.location.href = target;`),
      errors: [{ messageId: 'openRedirect', data: { param: 'redirect' } }],
    },
    {
      name: 'the const is also passed to signIn as callbackUrl (not a check)',
      filename: FORM,
      settings: V4,
      code: form(`    const callbackUrl = searchParams.get('callbackUrl') ?? '/';
    const r = await signIn('credentials', { email, password, callbackUrl, redirect: false });
    if (!r || r.error) return;
    router.push(callbackUrl);`),
      errors: [{ messageId: 'openRedirect', data: { param: 'callbackUrl' } }],
    },
    {
      name: 'new URLSearchParams(location.search) and location.assign',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (r?.error) return;
    location.assign(decodeURIComponent(new URLSearchParams(window.location.search).get('returnTo') ?? '/'));`),
      errors: [{ messageId: 'openRedirect', data: { param: 'returnTo' } }],
    },
    {
      name: 'Pages Router: router.query.callbackUrl',
      filename: file('pages/login.tsx'),
      settings: V4,
      code: code`
        import { signIn } from 'next-auth/react';
        import { useRouter } from 'next/router';
        export default function Login() {
          const router = useRouter();
          async function submit() {
            const r = await signIn('credentials', { redirect: false });
            if (!r || r.error) return;
            await router.push(router.query.callbackUrl as string);
          }
          return <button onClick={submit}>Sign in</button>;
        }
      `,
      errors: [{ messageId: 'openRedirect', data: { param: 'callbackUrl' } }],
    },
    {
      name: 'a template that starts with the parameter',
      filename: FORM,
      settings: V4,
      code: form(`    const r = await signIn('credentials', { email, password, redirect: false });
    if (!r || r.error) return;
    router.replace(\`\${searchParams.get('next')}\`);`),
      errors: [{ messageId: 'openRedirect', data: { param: 'next' } }],
    },
    {
      name: 'both bugs in one handler',
      filename: FORM,
      settings: V4,
      code: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    if (res?.ok) router.push(searchParams.get('callbackUrl') ?? '/');`),
      errors: [
        {
          messageId: 'successWithoutError',
          suggestions: [
            {
              messageId: 'checkError',
              output: form(`    const res = await signIn('credentials', { email, password, redirect: false });
    if (res?.ok && !res?.error) router.push(searchParams.get('callbackUrl') ?? '/');`),
            },
          ],
        },
        { messageId: 'openRedirect' },
      ],
    },
    {
      name: 'a page with a callbackUrl prop destructured from searchParams and a sign-out',
      filename: file('app/logout/logout-button.tsx'),
      settings: V4,
      code: code`
        'use client';
        import { signOut } from 'next-auth/react';
        import { useRouter } from 'next/navigation';
        export function LogoutButton({ searchParams }: { searchParams: { callbackUrl?: string } }) {
          const router = useRouter();
          const { callbackUrl } = searchParams;
          return <button onClick={async () => { await signOut({ redirect: false }); router.push(callbackUrl ?? '/'); }}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'openRedirect', data: { param: 'callbackUrl' } }],
    },
  ],
});
