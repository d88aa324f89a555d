'use server';

import { revalidatePath } from 'next/cache';
import { createClient } from '@/utils/supabase/server';

export async function updateDisplayName(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { session },
  } = await supabase.auth.getSession();
  if (!session) throw new Error('Not signed in');

  await supabase
    .from('profiles')
    .update({ display_name: String(formData.get('displayName') ?? '') })
    .eq('id', session.user.id);
  revalidatePath('/account');
}
