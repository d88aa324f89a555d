export interface User {
  id: string;
  email: string;
  name: string;
  role: 'member' | 'admin';
  passwordChangedAt: number;
}

const users: User[] = [
  { id: '1', email: 'ada@example.com', name: 'Ada', role: 'admin', passwordChangedAt: 0 },
  { id: '2', email: 'linus@example.com', name: 'Linus', role: 'member', passwordChangedAt: 0 },
];

export async function verifyCredentials(email: string, password: string): Promise<User | null> {
  const user = users.find(candidate => candidate.email === email);
  return user && password.length >= 8 ? user : null;
}

export async function findUser(id: string): Promise<User | null> {
  return users.find(user => user.id === id) ?? null;
}
