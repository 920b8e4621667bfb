// express-pouchdb and the PouchDB parts the development sync server uses, as it uses them.
declare module 'pouchdb-core' {
  interface PouchDBStatic {
    plugin(plugin: unknown): PouchDBStatic;
    defaults(options: { adapter: string }): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { RequestHandler } from 'express';
  export default function expressPouchDB(
    PouchDB: unknown,
    options: { mode: 'minimumForPouchDB' | 'fullCouchDB'; inMemoryConfig: boolean },
  ): RequestHandler;
}
