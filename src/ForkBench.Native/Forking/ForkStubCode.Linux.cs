namespace ForkBench.Native.Forking;

/// <summary>
/// The machine code of <see cref="ForkStub"/>: <c>long stub(long nr, long flags, long mode)</c>.
/// It blocks every signal around the call, because a signal handler of the
/// runtime running in the child is managed-adjacent code we must not run; the
/// child inherits the blocked mask (SIGKILL still works). It uses only the
/// registers the syscall instruction preserves and no stack in the child,
/// which matters for CLONE_VM, where the child shares the parent's stack.
/// </summary>
internal static class ForkStubCode
{
    public static readonly byte[] X64 =
    [
        0x53,                                     // 00 push rbx
        0x48, 0x83, 0xEC, 0x10,                   // 01 sub rsp, 16            ; room for the old mask
        0x49, 0x89, 0xF8,                         // 05 mov r8, rdi            ; syscall number
        0x49, 0x89, 0xF1,                         // 08 mov r9, rsi            ; clone flags
        0x48, 0x89, 0xD3,                         // 0b mov rbx, rdx           ; child mode
        0xBF, 0x02, 0x00, 0x00, 0x00,             // 0e mov edi, 2             ; SIG_SETMASK
        0x48, 0x8D, 0x35, 0x76, 0x00, 0x00, 0x00, // 13 lea rsi, [rip+0x76]    ; all-ones set at 0x90
        0x48, 0x89, 0xE2,                         // 1a mov rdx, rsp           ; old mask out
        0x41, 0xBA, 0x08, 0x00, 0x00, 0x00,       // 1d mov r10d, 8            ; sigsetsize
        0xB8, 0x0E, 0x00, 0x00, 0x00,             // 23 mov eax, 14            ; rt_sigprocmask
        0x0F, 0x05,                               // 28 syscall
        0x4C, 0x89, 0xC0,                         // 2a mov rax, r8            ; fork (57) or clone (56)
        0x4C, 0x89, 0xCF,                         // 2d mov rdi, r9            ; clone: flags
        0x31, 0xF6,                               // 30 xor esi, esi           ; clone: newsp 0 = same stack
        0x31, 0xD2,                               // 32 xor edx, edx           ; clone: parent_tid
        0x45, 0x31, 0xD2,                         // 34 xor r10d, r10d         ; clone: child_tid
        0x45, 0x31, 0xC0,                         // 37 xor r8d, r8d           ; clone: tls
        0x0F, 0x05,                               // 3a syscall
        0x48, 0x85, 0xC0,                         // 3c test rax, rax
        0x75, 0x2C,                               // 3f jne 0x6d               ; parent (pid or -errno)
        0x85, 0xDB,                               // 41 test ebx, ebx          ; child from here on
        0x75, 0x0E,                               // 43 jne 0x53
        0xBF, 0x2A, 0x00, 0x00, 0x00,             // 45 mov edi, 42            ; ChildExitCode
        0xB8, 0xE7, 0x00, 0x00, 0x00,             // 4a mov eax, 231           ; exit_group
        0x0F, 0x05,                               // 4f syscall
        0x0F, 0x0B,                               // 51 ud2
        0xBF, 0x01, 0x00, 0x00, 0x00,             // 53 mov edi, 1             ; PR_SET_PDEATHSIG
        0xBE, 0x09, 0x00, 0x00, 0x00,             // 58 mov esi, 9             ; SIGKILL
        0xB8, 0x9D, 0x00, 0x00, 0x00,             // 5d mov eax, 157           ; prctl
        0x0F, 0x05,                               // 62 syscall
        0xB8, 0x22, 0x00, 0x00, 0x00,             // 64 mov eax, 34            ; pause
        0x0F, 0x05,                               // 69 syscall
        0xEB, 0xF7,                               // 6b jmp 0x64
        0x48, 0x89, 0xC3,                         // 6d mov rbx, rax           ; parent: keep the result
        0xBF, 0x02, 0x00, 0x00, 0x00,             // 70 mov edi, 2             ; SIG_SETMASK
        0x48, 0x89, 0xE6,                         // 75 mov rsi, rsp           ; the saved mask
        0x31, 0xD2,                               // 78 xor edx, edx
        0x41, 0xBA, 0x08, 0x00, 0x00, 0x00,       // 7a mov r10d, 8
        0xB8, 0x0E, 0x00, 0x00, 0x00,             // 80 mov eax, 14            ; rt_sigprocmask
        0x0F, 0x05,                               // 85 syscall
        0x48, 0x89, 0xD8,                         // 87 mov rax, rbx
        0x48, 0x83, 0xC4, 0x10,                   // 8a add rsp, 16
        0x5B,                                     // 8e pop rbx
        0xC3,                                     // 8f ret
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, // 90 sigset_t with every signal
    ];
}
