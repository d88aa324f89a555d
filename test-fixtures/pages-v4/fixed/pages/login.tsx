import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/router';
import { signIn } from 'next-auth/react';

/** Only same-origin relative paths; anything else could send the user to another site. */
function safeCallbackUrl(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/dashboard';
}

export default function Login() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const res = await signIn('credentials', {
      email: form.get('email'),
      password: form.get('password'),
      redirect: false,
    });
    // Failed credentials still answer ok: true; the failure is in res.error.
    if (!res || res.error) {
      setError('Wrong email or password');
      return;
    }
    router.push(safeCallbackUrl(router.query.callbackUrl));
  }

  return (
    <form onSubmit={onSubmit}>
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}
