// Chromium may keep a signed-in page in its back/forward cache even though it is sent no-store. A page brought
// back from there is asked for again, so Back after sign-out shows the sign-in page, not the person's data.
window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
        window.location.reload();
    }
});
