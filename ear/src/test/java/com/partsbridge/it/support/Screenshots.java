package com.partsbridge.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Saves what the browser shows as target/screenshots/{name}.png, for people to review a journey. */
public final class Screenshots {

    private Screenshots() {}

    public static Path save(Browser browser, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Path shot = ((TakesScreenshot) browser.driver())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            return Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
