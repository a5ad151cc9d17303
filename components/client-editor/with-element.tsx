// A translated sentence with an element inside it ("Last contact <time>3 days
// ago</time>"). The sentence stays one message, so a translation may put the
// element anywhere in it: the caller passes SLOT as the placeholder's value
// and the element is rendered where SLOT lands.
import type { ComponentChildren } from 'preact';

/** Stands for the element in the text; an invisible character no translation contains. */
export const SLOT = '\u2063';

export function withElement(text: string, element: ComponentChildren): ComponentChildren {
  const at = text.indexOf(SLOT);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      {element}
      {text.slice(at + SLOT.length)}
    </>
  );
}
