/**
 * The text and fill state last set on a drawing context, so that drawing code sets a property
 * only when its value changes: each set is a native call into Skia (about 1 µs, a scorecard
 * PDF makes some 2,800 of them, most repeating the value already set). Setting a property to
 * the value it has changes nothing in the drawing, so the output is the same.
 *
 * Valid only while every set of these properties on the context goes through `setState`, and
 * no `restore()` undoes one of them (a `save`/`restore` pair around other properties is fine);
 * call `forgetState` when a context starts a new page or is restored.
 */
export type StateKey = 'font' | 'fillStyle' | 'direction' | 'textAlign' | 'textBaseline';

type Settable = { [K in StateKey]: string };

const known = new WeakMap<object, Partial<Record<StateKey, string>>>();

/** `ctx[key] = value`, unless `value` is the value last set through here on this context. */
export function setState(ctx: object, key: StateKey, value: string): void {
  let state = known.get(ctx);
  if (!state) known.set(ctx, (state = {}));
  if (state[key] === value) return;
  (ctx as Settable)[key] = value;
  state[key] = value;
}

/** Forget what was set on `ctx`: the next `setState` of each property sets it. */
export function forgetState(ctx: object): void {
  known.delete(ctx);
}
