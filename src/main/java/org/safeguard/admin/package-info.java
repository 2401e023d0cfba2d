/**
 * Administration: user accounts with their roles (and later the process owner's workbench).
 * Accounts are the user store of Spring Security; {@link org.safeguard.admin.AccountCreated}
 * lets the engine mirror users into its own identity tables.
 */
package org.safeguard.admin;
