/**
 * SnapshotStore keeps the index's start-up snapshot between sessions: a few named records.
 * The plugin stores them in the app's IndexedDB (desktop and mobile webviews have it); tests
 * use an in-memory store. Nothing in it is the user's data that is not also in their notes:
 * it is safe to clear.
 */
export interface SnapshotStore {
	/** get resolves with the record stored under a name; undefined when there is none or it cannot be read. */
	get(name: string): Promise<unknown>;
	/** replace stores these records in place of every record held, all or none; rejects when they cannot be stored. */
	replace(records: readonly (readonly [string, unknown])[]): Promise<void>;
	/** close lets go of the database. */
	close(): void;
}

/**
 * QuickStore keeps one small record where it is read at once, with no database to open: the
 * dashboard's first screen (snapshot.ts, QuickRecord), in the app's local storage for this
 * vault. Both may throw (no storage, a full one): the keeper then does without.
 */
export interface QuickStore {
	load(): unknown;
	/** Stores the record; null removes it. */
	save(record: unknown): void;
}

const RECORDS = "records";

/** What names the database: Obsidian's id of this vault when the app has one, else its name and config folder. */
export interface DatabaseNaming {
	appId?: unknown;
	vaultName: string;
	configDir: string;
}

/**
 * snapshotDatabaseName is one database per vault: Obsidian names its own caches by `app.appId`
 * (not in the typings, present at run time); two vaults of the same name in different folders
 * have different ids.
 */
export function snapshotDatabaseName(naming: DatabaseNaming): string {
	const id = typeof naming.appId === "string" && naming.appId !== "" ? naming.appId : `${naming.vaultName}/${naming.configDir}`;
	return `managing-up-snapshot/${id}`;
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
	});
}

/**
 * IndexedDbSnapshotStore keeps the records in one object store of a database of its own. Every
 * failure (no IndexedDB, a blocked or broken database, a full disk) makes `get` answer
 * undefined and `replace` reject: the index then reads the notes as it would without it.
 */
export class IndexedDbSnapshotStore implements SnapshotStore {
	private db: Promise<IDBDatabase> | null = null;

	constructor(
		private readonly name: string,
		/** The app's IndexedDB; null where there is none. */
		private readonly factory: IDBFactory | null = typeof indexedDB === "undefined" ? null : indexedDB,
	) {}

	private open(): Promise<IDBDatabase> {
		if (this.db !== null) return this.db;
		const factory = this.factory;
		if (factory === null) return Promise.reject(new Error("IndexedDB is not available"));
		const opening = new Promise<IDBDatabase>((resolve, reject) => {
			const request = factory.open(this.name, 1);
			request.onupgradeneeded = () => {
				if (!request.result.objectStoreNames.contains(RECORDS)) request.result.createObjectStore(RECORDS);
			};
			request.onsuccess = () => {
				const db = request.result;
				// Another tab or a newer plugin wants the database: let go of it (the next call opens it again).
				db.onversionchange = () => {
					db.close();
					this.db = null;
				};
				resolve(db);
			};
			request.onerror = () => reject(request.error ?? new Error("IndexedDB open failed"));
			request.onblocked = () => reject(new Error("IndexedDB open blocked"));
		});
		this.db = opening;
		opening.catch(() => {
			if (this.db === opening) this.db = null;
		});
		return opening;
	}

	async get(name: string): Promise<unknown> {
		try {
			const db = await this.open();
			return await requested(db.transaction(RECORDS, "readonly").objectStore(RECORDS).get(name));
		} catch {
			return undefined;
		}
	}

	async replace(records: readonly (readonly [string, unknown])[]): Promise<void> {
		const db = await this.open();
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(RECORDS, "readwrite");
			const store = tx.objectStore(RECORDS);
			tx.oncomplete = () => resolve();
			tx.onabort = () => reject(tx.error ?? new Error("IndexedDB write aborted"));
			// One record per request, the next put from the last one's success: each record is
			// copied (structured clone) in a task of its own, so no frame waits for all of them.
			let next = 0;
			const putNext = (): void => {
				const record = records[next++];
				if (record === undefined) return;
				try {
					store.put(record[1], record[0]).onsuccess = putNext;
				} catch (error) {
					reject(error instanceof Error ? error : new Error("IndexedDB put failed"));
					tx.abort();
				}
			};
			store.clear().onsuccess = putNext;
		});
	}

	close(): void {
		void this.db?.then((db) => db.close()).catch(() => undefined);
		this.db = null;
	}
}
