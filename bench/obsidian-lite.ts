/**
 * What the start-up benchmark page (startup-page.ts) bundles for `obsidian`: the mock's
 * Component and Events, and the file classes the index checks with instanceof. The full mock
 * (tests/mock/obsidian.ts) imports vitest and cannot run in a plain page.
 */
export { Component, Events } from "../tests/mock/component";

export class TAbstractFile {
	parent: TFolder | null = null;
	constructor(public path: string) {}
	get name(): string {
		return this.path.slice(this.path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		const name = this.name;
		const dot = name.lastIndexOf(".");
		return dot > 0 ? name.slice(0, dot) : name;
	}
	get extension(): string {
		const name = this.name;
		const dot = name.lastIndexOf(".");
		return dot > 0 ? name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
}
