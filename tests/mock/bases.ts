/**
 * A stand-in for Obsidian's Bases API (1.10+), typed from obsidian.d.ts 1.13: each class
 * `implements` the real one, or a `Pick<>` of the members it provides, so a drift is a type
 * error. A QueryController here holds a base's rows and its view's config; `setRows` does what
 * Obsidian does after a change to the vault or the base: a new result, then `onDataUpdated()`.
 * Helpers that only exist here (for tests) are marked "Mock only".
 */
import type * as Obsidian from "obsidian";
import { Component } from "./component";
import type { TFile } from "./vault";

// ---------------------------------------------------------------------------------------------
// Values

export abstract class Value implements Obsidian.Value {
	abstract toString(): string;
	abstract isTruthy(): boolean;
	equals(other: this): boolean {
		return this.constructor === other.constructor && this.toString() === other.toString();
	}
	looseEquals(other: Obsidian.Value): boolean {
		return this.toString() === other.toString();
	}
	/** Bases draws a value in a table cell; no view of this plugin asks for it. */
	renderTo(el: HTMLElement): void {
		el.setText(this.toString());
	}
}

export class NullValue extends Value implements Pick<Obsidian.NullValue, "toString" | "isTruthy"> {
	static value = new NullValue();
	toString(): string {
		return "null";
	}
	isTruthy(): boolean {
		return false;
	}
}

export abstract class NotNullValue extends Value {}

export abstract class PrimitiveValue<T> extends NotNullValue implements Pick<Obsidian.PrimitiveValue<T>, "toString" | "isTruthy"> {
	constructor(private readonly data: T) {
		super();
	}
	toString(): string {
		return String(this.data);
	}
	isTruthy(): boolean {
		return Boolean(this.data);
	}
}

export class StringValue extends PrimitiveValue<string> {}
export class NumberValue extends PrimitiveValue<number> {}
export class BooleanValue extends PrimitiveValue<boolean> {}
/** A link in a property; Obsidian writes it back as wikilink text. */
export class LinkValue extends StringValue {}

/** Mock only: made from `YYYY-MM-DD` or a date-time, written back as given (Obsidian's own text format is its business). */
export class DateValue extends NotNullValue implements Pick<Obsidian.DateValue, "toString" | "isTruthy"> {
	constructor(private readonly text: string) {
		super();
	}
	toString(): string {
		return this.text;
	}
	isTruthy(): boolean {
		return true;
	}
}

export class ListValue extends NotNullValue implements Pick<Obsidian.ListValue, "toString" | "isTruthy" | "length"> {
	constructor(private readonly items: Value[]) {
		super();
	}
	toString(): string {
		return this.items.map((item) => item.toString()).join(", ");
	}
	isTruthy(): boolean {
		return this.items.length > 0;
	}
	length(): number {
		return this.items.length;
	}
	get(index: number): Value {
		return this.items[index] ?? NullValue.value;
	}
}

/** Mock only: the Bases value of a frontmatter value, as Bases types them (a `YYYY-MM-DD` text stays text unless `dates` says it is a date property). */
export function valueOf(raw: unknown, isDate = false): Value {
	if (raw === null || raw === undefined) return NullValue.value;
	if (Array.isArray(raw)) return new ListValue(raw.map((item) => valueOf(item, isDate)));
	if (typeof raw === "number") return new NumberValue(raw);
	if (typeof raw === "boolean") return new BooleanValue(raw);
	const text = typeof raw === "string" ? raw : JSON.stringify(raw);
	if (isDate) return new DateValue(text);
	return /^\[\[.*\]\]$/.test(text) ? new LinkValue(text) : new StringValue(text);
}

// ---------------------------------------------------------------------------------------------
// Rows, results, config, controller, view

export class BasesEntry implements Pick<Obsidian.BasesEntry, "getValue"> {
	/** Mock only: `properties` are the note's frontmatter; `formulas` the values of formula properties; `dates` the date properties. */
	constructor(
		readonly file: TFile,
		private readonly properties: Record<string, unknown>,
		private readonly formulas: Record<string, unknown> = {},
		private readonly dates: readonly string[] = [],
	) {}

	getValue(propertyId: Obsidian.BasesPropertyId): Value | null {
		const dot = propertyId.indexOf(".");
		const type = propertyId.slice(0, dot);
		const name = propertyId.slice(dot + 1);
		if (type === "note") return name in this.properties ? valueOf(this.properties[name], this.dates.includes(name)) : null;
		if (type === "formula") return name in this.formulas ? valueOf(this.formulas[name]) : null;
		if (name === "name") return new StringValue(this.file.name);
		if (name === "path") return new StringValue(this.file.path);
		return null;
	}
}

export class BasesQueryResult implements Pick<Obsidian.BasesQueryResult, "properties"> {
	constructor(readonly data: BasesEntry[]) {}
	get properties(): Obsidian.BasesPropertyId[] {
		return [];
	}
}

export class BasesViewConfig implements Pick<Obsidian.BasesViewConfig, "name" | "get" | "getAsPropertyId" | "set" | "getOrder" | "getSort" | "getDisplayName"> {
	/** Mock only: the view's entry of the `.base` file (its `type`, `name` and options). */
	constructor(
		public name: string,
		private readonly values: Record<string, unknown> = {},
	) {}

	get(key: string): unknown {
		return this.values[key];
	}

	getAsPropertyId(key: string): Obsidian.BasesPropertyId | null {
		const value = this.values[key];
		if (typeof value !== "string" || value === "") return null;
		// Bases reads a bare name as a note property.
		return (/^(note|formula|file)\./.test(value) ? value : `note.${value}`) as Obsidian.BasesPropertyId;
	}

	set(key: string, value: unknown): void {
		this.values[key] = value;
	}

	getOrder(): Obsidian.BasesPropertyId[] {
		return [];
	}

	getSort(): Obsidian.BasesSortConfig[] {
		return [];
	}

	getDisplayName(propertyId: Obsidian.BasesPropertyId): string {
		return propertyId.startsWith("note.") ? propertyId.slice(5) : propertyId;
	}
}

/**
 * QueryController runs a base's query and tells its view; here it holds the rows a test gives it.
 * Mock only: `mount` makes the view as Obsidian does (the registration's factory, then load).
 */
export class QueryController extends Component {
	private view: BasesView | null = null;

	constructor(
		readonly config: BasesViewConfig,
		private rows: BasesEntry[] = [],
	) {
		super();
	}

	/** Mock only: the registration's view in a container, loaded with the controller, given the rows. */
	mount(factory: (controller: Obsidian.QueryController, containerEl: HTMLElement) => Obsidian.BasesView, containerEl: HTMLElement): Obsidian.BasesView {
		// The one cast to a real type: the factory is the plugin's, typed against obsidian.d.ts.
		const view = factory(this as unknown as Obsidian.QueryController, containerEl);
		this.load();
		this.addChild(view as unknown as Component);
		view.onDataUpdated();
		return view;
	}

	/** Mock only: new rows, as after a change to the vault or the base: a new result, then onDataUpdated. */
	setRows(rows: BasesEntry[]): void {
		this.rows = rows;
		this.view?.onDataUpdated();
	}

	/** Mock only: called by BasesView's constructor, as the real controller knows its view. */
	attach(view: BasesView): void {
		this.view = view;
	}

	get result(): BasesQueryResult {
		return new BasesQueryResult(this.rows);
	}
}

export abstract class BasesView extends Component implements Pick<Obsidian.BasesView, "onDataUpdated"> {
	abstract type: string;
	allProperties: Obsidian.BasesPropertyId[] = [];
	private readonly controller: QueryController;

	protected constructor(controller: QueryController) {
		super();
		this.controller = controller;
		controller.attach(this);
	}

	get config(): BasesViewConfig {
		return this.controller.config;
	}

	/** A new result each time, as Obsidian's: views must not keep it. */
	get data(): BasesQueryResult {
		return this.controller.result;
	}

	abstract onDataUpdated(): void;
}
