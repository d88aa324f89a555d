'use client';

import useSWR from 'swr';

interface Project {
  id: string;
  name: string;
}

export function Projects() {
  const { data, isLoading } = useSWR<Project[]>('/api/projects');
  if (isLoading) return <p>Loading…</p>;
  return (
    <ul>
      {data?.map(project => (
        <li key={project.id}>{project.name}</li>
      ))}
    </ul>
  );
}
