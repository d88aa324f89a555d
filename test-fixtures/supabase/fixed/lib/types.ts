export interface Profile {
  id: string;
  display_name: string;
  avatar_url: string | null;
}
