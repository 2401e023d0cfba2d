/**
 * Downloads of a table (a header and rows of text) as CSV or Excel (.xlsx), for any list a view or
 * an endpoint offers; the callers choose the columns and so keep victim data out.
 */
package org.safeguard.base.export;
