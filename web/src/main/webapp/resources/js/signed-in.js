// Chromium may keep a signed-in page in its back/forward cache even though it is sent no-store. A page brought
// back from there is asked for again, so Back after sign-out shows the sign-in page, not the person's data.
window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
        window.location.reload();
    }
});

// Browsers send no time zone: tell the server the reader's, so times on the pages are the reader's own
// (the server accepts only a known region such as Europe/Berlin, and names the zone beside the times).
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('pb-tz=' + zone) < 0) {
        document.cookie = 'pb-tz=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
    }
})();
