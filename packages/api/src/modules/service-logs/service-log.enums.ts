// The vocabularies of a service log (channel, kind, outcome, sentiment), kept apart from the
// entity so that clients, offerings and next-best-contact can name a channel without
// importing the ServiceLog entity (which imports them back: a cycle).

export const SERVICE_CHANNELS = ['PHONE', 'SMS', 'EMAIL', 'FACE_TO_FACE', 'WECHAT', 'WEB', 'SEMINAR'] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];
export const SERVICE_KINDS = ['TRADING', 'ADVISORY', 'INFORMATION', 'CARE', 'CALL_BACK'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const SERVICE_OUTCOMES = ['RESOLVED', 'INFORMED', 'NEEDS_FOLLOW_UP', 'NO_ANSWER', 'COMPLAINT'] as const;
export type ServiceOutcome = (typeof SERVICE_OUTCOMES)[number];
export const SENTIMENTS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
