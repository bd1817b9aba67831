import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

/** Types `text` into a lookup's field and, once its first option names it, chooses that option by keyboard. */
export async function chooseFirst(lookup: HTMLElement, text: string): Promise<void> {
  await userEvent.click(lookup.shadowRoot?.querySelector('input') as HTMLInputElement);
  await userEvent.keyboard(text);
  await expect.poll(() => lookup.shadowRoot?.querySelector('[role=option]')?.textContent).toContain(text);
  await userEvent.keyboard('{ArrowDown}{Enter}');
}
