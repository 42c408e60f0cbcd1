package dev.frontline.imports.web;

import dev.frontline.imports.ImportFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

final class Uploads {

    private Uploads() {
    }

    static List<ImportFile> read(List<MultipartFile> files) throws IOException {
        List<ImportFile> read = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
                if (file.isEmpty()) {
                    continue;
                }
            }
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload-" + (read.size() + 1) + ".csv" : file.getOriginalFilename();
            read.add(new ImportFile(name, file.getBytes()));
        }
        if (read.isEmpty()) {
            throw new dev.frontline.shared.Malformed("file", "No file to import: attach one or more CSV files as parts named 'file'");
        }
        return read;
    }
}
