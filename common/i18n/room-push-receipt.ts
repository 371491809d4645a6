/**
 * What the room laptop's push panel says the head laptop acknowledged last,
 * kept across restarts (main/core/rooms/push/pusher.ts).
 * French: no-break space (U+00A0) before « : » and inside « ».
 */
export const roomPushReceiptEn = {
  'roomPush.receipt.events':
    '{n, plural, =0 {no score entry yet} one {# score entry} other {# score entries}}',
  'roomPush.receipt.locked': 'results locked',
  'roomPush.receipt.unlocked': 'results not locked',
} as const;

export const roomPushReceiptFr: Record<keyof typeof roomPushReceiptEn, string> = {
  'roomPush.receipt.events':
    '{n, plural, =0 {aucune entrée de notes pour l’instant} one {# entrée de notes} other {# entrées de notes}}',
  'roomPush.receipt.locked': 'résultats verrouillés',
  'roomPush.receipt.unlocked': 'résultats non verrouillés',
};
