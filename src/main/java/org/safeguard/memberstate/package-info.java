/**
 * Member States: the 193 as reference data, and later their focal points, notes verbales and
 * replies. Other features ask {@link org.safeguard.memberstate.MemberStates} whether a code is a
 * Member State and what it is called.
 */
package org.safeguard.memberstate;
