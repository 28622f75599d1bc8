/**
 * The admin console's catalog pages (issue 13, item 2): models, parts, fitments, supersession and the trail of
 * changes. Each action calls the same parts-catalog boundary as the API, so the same Bean Validation and
 * rules apply; a refusal is classified by {@code Failures} and shown beside the field it names. A change that
 * succeeds redirects to the page by GET (Post/Redirect/Get), so a reload never repeats it.
 */
package com.partsbridge.web.pages.admin.catalog;
