/**
 * Events and Component of the obsidian mock (see obsidian.ts), in their own module so that the
 * Bases stand-in (bases.ts), which obsidian.ts re-exports, can extend Component.
 */
import type * as Obsidian from "obsidian";

type Callback = (...args: never[]) => unknown;

interface EventRef {
	events: Events;
	name: string;
	callback: Callback;
}

/** Events: named callbacks, triggered in the order they were registered. */
export class Events implements Pick<Obsidian.Events, "on" | "offref" | "trigger"> {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, callback: Callback): EventRef {
		const ref: EventRef = { events: this, name, callback };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}

	offref(ref: EventRef): void {
		this.handlers.set(
			ref.name,
			(this.handlers.get(ref.name) ?? []).filter((other) => other !== ref),
		);
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) (ref.callback as (...a: unknown[]) => unknown)(...data);
	}

	/** Mock only: how many callbacks listen to an event. */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}

/** Component: load/unload with children and cleanups, as Obsidian's. */
export class Component
	// Left out of the Pick: addChild, whose `T extends Component` names the real class (private
	// members the mock cannot share), and onload, which may return a promise here as Plugin's may.
	implements Pick<Obsidian.Component, "load" | "unload" | "onunload" | "register" | "registerEvent" | "registerInterval">
{
	private loadedState = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];

	/** Mock only: settles when the last load()'s onload (which may be async) has finished. */
	loading: Promise<void> = Promise.resolve();

	load(): void {
		if (this.loadedState) return;
		this.loadedState = true;
		this.loading = Promise.resolve(this.onload());
		for (const child of [...this.children]) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loadedState) return;
		this.loadedState = false;
		for (const child of this.children.splice(0).reverse()) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loadedState) component.load();
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.events.offref(ref));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}

	/** Mock only: whether load() ran and unload() has not. */
	get isLoaded(): boolean {
		return this.loadedState;
	}
}
