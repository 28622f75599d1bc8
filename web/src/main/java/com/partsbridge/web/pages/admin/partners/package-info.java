/**
 * The admin console for partners and trade-in (issue 13, item 2): partners with their offers, rate limit, API keys,
 * offer feeds, referrals and royalty statements; trade-in programs; parts obligations and their report. Each page
 * calls the same trade-in boundaries as the admin API, so the same validation applies, and shows what they refuse
 * through {@link com.partsbridge.web.pages.Messages} (the one classifier). Every form that changes something ends in
 * a redirect (Post/Redirect/Get): a reload or a second click cannot submit it twice.
 */
package com.partsbridge.web.pages.admin.partners;
