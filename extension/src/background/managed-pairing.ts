import { readManaged } from '../settings/managed';
import { tokenItem } from '../settings/items';
import { handlers } from './handlers';

/** A force-installed copy with a managed pairing code pairs itself once, at start. */
export async function pairFromManagedCode(): Promise<void> {
  const managed = await readManaged();
  if (!managed.pairingCode || managed.token || (await tokenItem.getValue())) return;
  await handlers.pair({ code: managed.pairingCode }, {});
}
