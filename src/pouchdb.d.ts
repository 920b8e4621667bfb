// The part of PouchDB's browser build that sync uses. (DefinitelyTyped's types declare a
// global `Buffer` that breaks Node's, so they are not used.)
declare module 'pouchdb-browser' {
  namespace PouchDB {
    interface Document {
      readonly _id: string;
      readonly _rev?: string;
    }
    interface Options {
      readonly auth?: { readonly username: string; readonly password: string };
      /** Never create the database (a remote one): its owner does. */
      readonly skip_setup?: boolean;
    }
    interface Info {
      readonly doc_count?: number;
      readonly db_name?: string;
    }
    interface Change<Doc> {
      readonly id: string;
      readonly doc?: Doc & Document;
    }
    interface ChangesFeed<Doc> {
      on(event: 'change', listener: (change: Change<Doc>) => void): ChangesFeed<Doc>;
      cancel(): void;
    }
    interface SyncChange<Doc> {
      readonly direction: 'push' | 'pull';
      readonly change: { readonly docs: readonly (Doc & Document)[] };
    }
    interface Sync<Doc> {
      on(event: 'change', listener: (info: SyncChange<Doc>) => void): Sync<Doc>;
      on(event: 'paused', listener: (error?: unknown) => void): Sync<Doc>;
      on(event: 'active', listener: () => void): Sync<Doc>;
      on(event: 'denied' | 'error', listener: (error: unknown) => void): Sync<Doc>;
      cancel(): void;
      /** Each direction's replication, which tells each failed request. */
      readonly push: Replication;
      readonly pull: Replication;
    }
    interface Replication {
      on(event: 'requestError', listener: (error: unknown) => void): Replication;
    }
    interface AllDocs<Doc> {
      readonly rows: readonly { readonly id: string; readonly doc?: Doc & Document }[];
    }
    interface Database<Doc extends object = object> {
      info(): Promise<Info>;
      get<T extends object = Doc>(id: string): Promise<T & Document>;
      put(doc: Doc & Document): Promise<{ readonly ok: boolean; readonly rev: string }>;
      allDocs(options: {
        include_docs?: boolean;
        startkey?: string;
        endkey?: string;
      }): Promise<AllDocs<Doc>>;
      changes(options: {
        since: 'now' | number;
        live: boolean;
        include_docs: boolean;
      }): ChangesFeed<Doc>;
      sync(
        remote: Database<Doc>,
        options: {
          live: boolean;
          retry: boolean;
          /** The wait before the next try, from the last one (0 at first), in ms. */
          back_off_function?: (delay: number) => number;
        },
      ): Sync<Doc>;
      replicate: { from(remote: Database<Doc>): Promise<unknown> };
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  interface PouchDBConstructor {
    new <Doc extends object = object>(
      name: string,
      options?: PouchDB.Options,
    ): PouchDB.Database<Doc>;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}
