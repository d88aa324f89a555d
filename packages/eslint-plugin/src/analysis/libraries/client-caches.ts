import { type TSESTree, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { ApiRef } from '../api-ref.js';

/** What a call on a client data cache does to the previous user's data. */
export type CacheEffect = { readonly kind: 'clears-all' } | { readonly kind: 'insufficient'; readonly reason: string };

type Args = readonly TSESTree.CallExpressionArgument[];

/** The local names a suggestion writes with: the client, and (RTK Query) the store's `dispatch`. */
export interface ClearNames {
  readonly client: string;
  readonly dispatch?: string;
}

/** One row per client-side data cache: how code reaches the client, and what its calls do on sign-out. */
export interface ClientCache {
  readonly id: string;
  readonly name: string;
  /** Values that are the client: `useQueryClient()`, `new QueryClient()`, SWR's `mutate`. */
  readonly clients: readonly ApiRef[];
  /** The name a client gets when an app module exports it or a prop passes it (`queryClient` from '@/lib/query-client'). */
  readonly clientName?: RegExp;
  /** Imports that show a file works with this cache (an app-module import named like a client counts too). */
  readonly reachedBy: readonly ApiRef[];
  /** Imports the file also needs (RTK Query: a `dispatch` to send the reset through), and values that are that dispatch. */
  readonly requires?: { readonly imports: readonly ApiRef[]; readonly values: readonly ApiRef[] };
  /** Calls on the client, keyed by the member path after it; `''` calls the client itself (SWR's `mutate`). */
  readonly calls: Readonly<Record<string, (args: Args, call: TSESTree.CallExpression) => CacheEffect | null>>;
  /** The clear-all a suggestion inserts; null when a needed name is not in scope. */
  readonly clearAll: (names: ClearNames, inAsync: boolean) => string | null;
  /** The hook that reaches the client in a component, for a suggestion that adds it. */
  readonly hook?: { readonly source: string; readonly name: string; readonly binding: string; readonly declare: (binding: string, hook: string) => string };
}

const CLEARS_ALL: CacheEffect = { kind: 'clears-all' };
const insufficient = (reason: string): CacheEffect => ({ kind: 'insufficient', reason });

/** A relative or aliased import of one of the app's own modules. */
export const APP_MODULE = /^(?:\.{1,2}\/|[@~#]\/)/;

/** No filter, or an empty one: the call applies to every query. */
const unfiltered = (args: Args): boolean =>
  args.length === 0 || (args[0]!.type === T.ObjectExpression && args[0]!.properties.length === 0);

const isUndefined = (node: TSESTree.Node | undefined): boolean =>
  (node?.type === T.Identifier && node.name === 'undefined') || (node?.type === T.UnaryExpression && node.operator === 'void');

/** `() => true`, `(key) => true`, `function () { return true }`. */
function matchesEveryKey(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== T.ArrowFunctionExpression && node?.type !== T.FunctionExpression) return false;
  const body = node.body;
  if (body.type === T.Literal) return body.value === true;
  if (body.type !== T.BlockStatement || body.body.length !== 1) return false;
  const [statement] = body.body;
  return statement?.type === T.ReturnStatement && statement.argument?.type === T.Literal && statement.argument.value === true;
}

const TANSTACK = ['@tanstack/react-query', '@tanstack/query-core', 'react-query'];
const SOME_QUERIES = 'only touches the queries its filter matches; every other query keeps the previous user’s data';
const KEEPS_AND_REFETCHES = 'keeps the previous user’s data on screen and refetches it, racing the sign-out';

const SWR = ['swr'];
const APOLLO = ['@apollo/client', '@apollo/client/react', '@apollo/experimental-nextjs-app-support', '@apollo/client-integration-nextjs'];
const RTK_QUERY = ['@reduxjs/toolkit/query', '@reduxjs/toolkit/query/react'];

export const CLIENT_CACHES: readonly ClientCache[] = [
  {
    id: 'tanstack-query',
    name: 'TanStack Query',
    clients: [
      { from: TANSTACK, path: ['useQueryClient', '()'] },
      { from: TANSTACK, path: ['QueryClient', '()'] },
    ],
    clientName: /^queryClient$/,
    reachedBy: [
      { from: TANSTACK, path: ['useQueryClient'] },
      { from: TANSTACK, path: ['QueryClient'] },
    ],
    // query-core queryClient.ts: clear() empties the query and mutation caches without refetching.
    calls: {
      clear: () => CLEARS_ALL,
      removeQueries: args => (unfiltered(args) ? CLEARS_ALL : insufficient(SOME_QUERIES)),
      resetQueries: args => (unfiltered(args) ? CLEARS_ALL : insufficient(SOME_QUERIES)),
      invalidateQueries: () => insufficient(KEEPS_AND_REFETCHES),
      refetchQueries: () => insufficient(KEEPS_AND_REFETCHES),
      setQueryData: () => insufficient('changes one query; every other query keeps the previous user’s data'),
      setQueriesData: () => insufficient(SOME_QUERIES),
    },
    clearAll: ({ client }) => `${client}.clear();`,
    hook: { source: '@tanstack/react-query', name: 'useQueryClient', binding: 'queryClient', declare: (binding, hook) => `const ${binding} = ${hook}();` },
  },
  {
    id: 'swr',
    name: 'SWR',
    clients: [
      { from: SWR, path: ['mutate'] },
      { from: SWR, path: ['useSWRConfig', '()', 'mutate'] },
      { from: SWR, path: ['useSWRConfig', '()', 'cache'] },
    ],
    reachedBy: [
      { from: SWR, path: ['useSWRConfig'] },
      { from: SWR, path: ['mutate'] },
    ],
    // SWR 2 docs ("Mutate multiple items"): mutate(() => true, undefined, { revalidate: false }) clears every key.
    calls: {
      '': args => {
        if (!matchesEveryKey(args[0])) {
          return args[0]?.type === T.ArrowFunctionExpression || args[0]?.type === T.FunctionExpression
            ? insufficient('only updates the keys its filter matches; every other key keeps the previous user’s data')
            : insufficient('updates one key and revalidates it, keeping the previous user’s data until the refetch lands; every other key keeps its data');
        }
        return args.length >= 2 && isUndefined(args[1]) ? CLEARS_ALL : insufficient('without `undefined` as the data only revalidates, keeping the previous user’s data until each refetch lands');
      },
      clear: () => CLEARS_ALL,
    },
    clearAll: ({ client }, inAsync) => `${inAsync ? 'await ' : ''}${client}(() => true, undefined, { revalidate: false });`,
    hook: {
      source: 'swr',
      name: 'useSWRConfig',
      binding: 'mutate',
      declare: (binding, hook) => `const { ${binding === 'mutate' ? binding : `mutate: ${binding}`} } = ${hook}();`,
    },
  },
  {
    id: 'apollo',
    name: 'Apollo Client',
    clients: [
      { from: APOLLO, path: ['useApolloClient', '()'] },
      { from: APOLLO, path: ['ApolloClient', '()'] },
    ],
    clientName: /^apolloClient$/,
    reachedBy: [
      { from: APOLLO, path: ['useApolloClient'] },
      { from: APOLLO, path: ['ApolloClient'] },
    ],
    calls: {
      clearStore: () => CLEARS_ALL,
      'cache.reset': () => CLEARS_ALL,
      // apollo-client #2774: resetStore() refetches every active query at once, now without credentials.
      resetStore: () => insufficient('refetches every active query right away, without credentials; use clearStore(), which does not refetch'),
      refetchQueries: () => insufficient(KEEPS_AND_REFETCHES),
      'cache.evict': () => insufficient('evicts one object; the rest of the cache keeps the previous user’s data'),
    },
    clearAll: ({ client }, inAsync) => `${inAsync ? 'await ' : ''}${client}.clearStore();`,
    hook: { source: '@apollo/client', name: 'useApolloClient', binding: 'client', declare: (binding, hook) => `const ${binding} = ${hook}();` },
  },
  {
    id: 'rtk-query',
    name: 'RTK Query',
    clients: [{ from: RTK_QUERY, path: ['createApi', '()'] }],
    // The names RTK Query's docs give the slice an app module exports.
    clientName: /^(?:api|apiSlice|baseApi|emptySplitApi|\w+ApiSlice)$/,
    reachedBy: [{ from: RTK_QUERY, path: ['createApi'] }],
    requires: {
      imports: [
        { from: ['react-redux'], path: ['useDispatch'] },
        { from: [APP_MODULE], path: ['useAppDispatch'] },
      ],
      values: [
        { from: ['react-redux'], path: ['useDispatch', '()'] },
        { from: [APP_MODULE], path: ['useAppDispatch', '()'] },
      ],
    },
    // An action creator does nothing until it is dispatched.
    calls: {
      'util.resetApiState': (_args, call) => (call.parent.type === T.CallExpression && call.parent.arguments[0] === call ? CLEARS_ALL : null),
      'util.invalidateTags': () => insufficient(KEEPS_AND_REFETCHES),
      'util.updateQueryData': () => insufficient('changes one cached query; every other one keeps the previous user’s data'),
      'util.upsertQueryData': () => insufficient('changes one cached query; every other one keeps the previous user’s data'),
    },
    clearAll: ({ client, dispatch }) => (dispatch ? `${dispatch}(${client}.util.resetApiState());` : null),
  },
];

/** TanStack Query calls that define a query by its key: the hooks and `queryOptions`. */
export const TANSTACK_QUERY_DEFINITIONS: readonly ApiRef[] = [
  'useQuery',
  'useSuspenseQuery',
  'useInfiniteQuery',
  'useSuspenseInfiniteQuery',
  'usePrefetchQuery',
  'queryOptions',
  'infiniteQueryOptions',
].map(name => ({ from: TANSTACK, path: [name] }));

/** QueryClient methods that fetch a query by key, and so define it too. */
export const TANSTACK_FETCH_METHODS: ReadonlySet<string> = new Set(['fetchQuery', 'prefetchQuery', 'ensureQueryData', 'fetchInfiniteQuery', 'prefetchInfiniteQuery']);

/** QueryClient methods that act on existing queries selected by key: a filter `{ queryKey }`, or the key itself (v3/v4). */
export const TANSTACK_KEYED_OPERATIONS: ReadonlySet<string> = new Set([
  'removeQueries',
  'invalidateQueries',
  'resetQueries',
  'refetchQueries',
  'cancelQueries',
  'setQueryData',
  'setQueriesData',
  'getQueryData',
]);
