/**
 * The shared kernel: the few types every bounded context speaks (error categories, paging, schema
 * migration). It lives in the catalog jar because every other module already depends on the catalog;
 * it holds no business rules.
 */
package com.partsbridge.kernel;
