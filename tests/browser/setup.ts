import "./obsidian-theme.css";

/**
 * Browser test setup: the Obsidian DOM helpers the dashboard uses, added to Chromium's
 * prototypes (Obsidian adds them to every window), and a small sheet of Obsidian's default
 * theme variables and base control styles (obsidian-theme.css), so the dashboard looks in
 * screenshots as it does in the app.
 */

type Info = DomElementInfo | string | undefined;

function applyInfo(el: HTMLElement, o: Info): void {
	if (o === undefined) return;
	const info: DomElementInfo = typeof o === "string" ? { text: o } : o;
	if (info.cls !== undefined) {
		const classes = Array.isArray(info.cls) ? info.cls : info.cls.split(" ");
		el.classList.add(...classes.filter((c) => c !== ""));
	}
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) {
		for (const [key, value] of Object.entries(info.attr)) el.setAttr(key, value);
	}
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
}

function create<K extends keyof HTMLElementTagNameMap>(
	parent: Node | null,
	tag: K,
	o?: Info,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	// This is the implementation of createEl, so it cannot call createEl.
	const el = document.createElementNS("http://www.w3.org/1999/xhtml", tag) as HTMLElementTagNameMap[K];
	applyInfo(el, o);
	const info = typeof o === "object" ? o : undefined;
	const target = info?.parent ?? parent;
	if (target) {
		if (info?.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	// A `value` on a <select> only sticks once its options exist; set it again after the callback.
	callback?.(el);
	return el;
}

const nodeHelpers: Partial<Node> & ThisType<Node> = {
	createEl(tag, o, callback) {
		return create(this, tag, o, callback);
	},
	createDiv(o, callback) {
		return create(this, "div", o, callback);
	},
	createSpan(o, callback) {
		return create(this, "span", o, callback);
	},
	empty() {
		while (this.lastChild) this.removeChild(this.lastChild);
	},
	detach() {
		this.parentNode?.removeChild(this);
	},
	appendText(val: string) {
		this.appendChild(document.createTextNode(val));
	},
	instanceOf: function (this: Node, type: { new (): unknown; prototype: unknown }): boolean {
		return Object.prototype.isPrototypeOf.call(type.prototype, this);
	} as Node["instanceOf"],
};

const elementHelpers: Partial<Element> & ThisType<Element> = {
	getText() {
		return this.textContent ?? "";
	},
	setText(val) {
		if (typeof val === "string") this.textContent = val;
		else {
			this.textContent = "";
			this.appendChild(val);
		}
	},
	addClass(...classes) {
		this.classList.add(...classes);
	},
	addClasses(classes) {
		this.classList.add(...classes);
	},
	removeClass(...classes) {
		this.classList.remove(...classes);
	},
	removeClasses(classes) {
		this.classList.remove(...classes);
	},
	toggleClass(classes, value) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	},
	hasClass(cls) {
		return this.classList.contains(cls);
	},
	setAttr(name, value) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	},
	setAttrs(obj) {
		for (const [name, value] of Object.entries(obj)) this.setAttr(name, value);
	},
	getAttr(name) {
		return this.getAttribute(name);
	},
};

const htmlElementHelpers: Partial<HTMLElement> & ThisType<HTMLElement> = {
	isShown() {
		return this.isConnected && this.offsetParent !== null;
	},
	show() {
		this.classList.remove("managing-up-test-hidden");
	},
	hide() {
		this.classList.add("managing-up-test-hidden");
	},
};

function install(target: object, helpers: object): void {
	for (const [name, value] of Object.entries(helpers)) {
		Object.defineProperty(target, name, { value, configurable: true, writable: true });
	}
}

install(Node.prototype, nodeHelpers);
install(Element.prototype, elementHelpers);
install(HTMLElement.prototype, htmlElementHelpers);
install(window, {
	createEl: <K extends keyof HTMLElementTagNameMap>(tag: K, o?: Info, cb?: (el: HTMLElementTagNameMap[K]) => void) => create(null, tag, o, cb),
	createDiv: (o?: Info, cb?: (el: HTMLDivElement) => void) => create(null, "div", o, cb),
	createSpan: (o?: Info, cb?: (el: HTMLSpanElement) => void) => create(null, "span", o, cb),
	createFragment: (cb?: (el: DocumentFragment) => void) => {
		const fragment = new DocumentFragment();
		cb?.(fragment);
		return fragment;
	},
});

document.body.classList.add("theme-light");
