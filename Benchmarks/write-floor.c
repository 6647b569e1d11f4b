// The least time writing a generated module can take: reads every file of FOLDER into memory, then
// times writing them into OUTPUT.stage and renaming each into OUTPUT, the way the generator stages
// its files. Usage: write-floor FOLDER OUTPUT (OUTPUT must not exist). Prints the files and seconds.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <time.h>
typedef struct { char path[512]; char *data; size_t size; } file_t;
static file_t files[5000]; static int count;
static void load(const char *root, const char *rel) {
    char dir[1024]; snprintf(dir, sizeof dir, "%s/%s", root, rel);
    DIR *d = opendir(dir); struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char r[512]; snprintf(r, sizeof r, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
        char full[1024]; snprintf(full, sizeof full, "%s/%s", root, r);
        struct stat st; stat(full, &st);
        if (S_ISDIR(st.st_mode)) { load(root, r); continue; }
        file_t *f = &files[count++]; strcpy(f->path, r); f->size = st.st_size; f->data = malloc(st.st_size);
        int fd = open(full, O_RDONLY); read(fd, f->data, st.st_size); close(fd);
    }
    closedir(d);
}
int main(int argc, char **argv) {
    load(argv[1], "");
    struct timespec a, b; clock_gettime(CLOCK_MONOTONIC, &a);
    char stage[1024], out[1024]; snprintf(stage, sizeof stage, "%s.stage", argv[2]); mkdir(stage, 0755); mkdir(argv[2], 0755);
    for (int i = 0; i < count; i++) {
        char p[2048]; snprintf(p, sizeof p, "%s/%s", stage, files[i].path);
        char *slash = strrchr(p, '/'); *slash = 0; mkdir(p, 0755); *slash = '/';
        int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644); write(fd, files[i].data, files[i].size); close(fd);
    }
    for (int i = 0; i < count; i++) {
        char p[2048], q[2048]; snprintf(p, sizeof p, "%s/%s", stage, files[i].path); snprintf(q, sizeof q, "%s/%s", argv[2], files[i].path);
        char *slash = strrchr(q, '/'); *slash = 0; mkdir(q, 0755); *slash = '/';
        rename(p, q);
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%d files: %.4f s\n", count, (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9);
}
