/**
 * Keys a vendor published in its own open source as examples and test values: anyone can read them, they
 * unlock nothing of the person who pastes code holding them, and a gate that stops every paste of a vendor's
 * sample or test suite teaches people to turn it off. Exact values only; a key one character away is a key.
 */
const PUBLISHED_EXAMPLES = new Set([
  // Test and sample keys of Firebase's Android SDK (github.com/firebase/firebase-android-sdk), found in many
  // apps' vendored copies of it.
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);

/** Whether `value` is a key its vendor published as an example or a test value (see `PUBLISHED_EXAMPLES`). */
export function isPublishedExample(value: string): boolean {
  return PUBLISHED_EXAMPLES.has(value);
}
