/*
 * The image builder's progress reporter loads lib/svm/builder/lib/libreporterchelper.so from its
 * java.home for two numbers it prints: the builder's peak RSS and the terminal's width. GraalVM
 * builds that library from its own sources; Maven Central does not carry it, so
 * native/toolchain.sh compiles this stand-in (the two JNI functions the builder declares in
 * com.oracle.svm.hosted.ProgressReporterCHelper).
 */
#include <jni.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

JNIEXPORT jlong JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getPeakRSS0(JNIEnv *env, jclass type) {
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) != 0) {
        return -1;
    }
    return (jlong) usage.ru_maxrss * 1024; /* Linux reports kilobytes */
}

JNIEXPORT jint JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getTerminalWindowColumns0(JNIEnv *env, jclass type) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) {
        return -1;
    }
    return size.ws_col;
}
