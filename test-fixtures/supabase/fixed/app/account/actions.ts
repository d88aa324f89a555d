'use server';

import { revalidatePath } from 'next/cache';
import { createClient } from '@/utils/supabase/server';

export async function updateDisplayName(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error('Not signed in');

  await supabase
    .from('profiles')
    .update({ display_name: String(formData.get('displayName') ?? '') })
    .eq('id', user.id);
  revalidatePath('/account');
}
