package com.photostore.infra.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.photostore.infra.ProjectFiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentJarTest {
    private static final DeploymentJar PHOTOS = new DeploymentJar(ProjectFiles.functionJars().resolve("Photos.jar"));

    @Test
    void takesAConcreteHandlerWithItsInheritedOrOwnMethod() {
        assertThat(PHOTOS.problemWith("com.photostore.lambda.PhotosHandler::handleRequest")).isEmpty();
        assertThat(PHOTOS.problemWith("com.photostore.lambda.BaselineHandler::handleRequest")).isEmpty();
        assertThat(PHOTOS.problemWith("com.photostore.lambda.PhotosHandler")).isEmpty();
    }

    @Test
    void findsAnAbstractHandler() {
        assertThat(PHOTOS.problemWith("com.photostore.lambda.ApiGatewayHandler::handleRequest"))
                .contains("com.photostore.lambda.ApiGatewayHandler is abstract: the runtime cannot create it");
    }

    @Test
    void findsAJarWithoutTheClassAndAMissingJar(@TempDir Path directory) throws Exception {
        Path empty = directory.resolve("Empty.jar");
        try (OutputStream out = Files.newOutputStream(empty); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.closeEntry();
        }

        assertThat(new DeploymentJar(empty).problemWith("com.photostore.lambda.PhotosHandler::handleRequest"))
                .contains("Empty.jar holds no class com.photostore.lambda.PhotosHandler");
        assertThat(new DeploymentJar(directory.resolve("Missing.jar")).problemWith("a.B::handleRequest"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("Missing.jar does not exist"));
    }
}
