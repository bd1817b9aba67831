import type { ModelCode } from '@open287g/sdk/core';

/** The short tags ICE's own documents use for the models, in both languages; a full name always goes with one. */
export const MODEL_TAGS: Record<ModelCode, string> = { JEM: 'JEM', TFM: 'TFM', WSO: 'WSO', HYBRID: 'HYB' };
