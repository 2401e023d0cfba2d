/**
 * Field-level encryption of sensitive values (victims' identities) with AES-256-GCM and
 * rotatable keys from a key file outside the repository.
 */
package org.safeguard.base.crypto;
