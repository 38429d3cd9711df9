<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApacheBinder</name>
    <message>
        <location filename="../../platform/binding/ApacheBinder.cpp" line="+46" />
        <source>The site's SSLCertificateChainFile line is commented out: the certificate has no intermediates to put there.</source>
        <translation>该网站的 SSLCertificateChainFile 行已被注释掉：此证书没有可放入其中的中间证书。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>mod_ssl is not loaded. Enable it (a2enmod ssl), then bind again.</source>
        <translation>mod_ssl 未加载。请启用它（a2enmod ssl），然后重新绑定。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Apache names the file and line of the problem above.</source>
        <translation>Apache 在上方指出了问题所在的文件和行。</translation>
    </message>
</context>
<context>
    <name>ApacheConfig</name>
    <message>
        <location filename="../../platform/binding/ApacheConfig.cpp" line="+109" />
        <source>There is no Apache configuration at %1. Set the configuration folder in the binding settings (usually /etc/apache2 or /etc/httpd).</source>
        <translation>%1 处没有 Apache 配置。请在绑定设置中设置配置文件夹（通常为 /etc/apache2 或 /etc/httpd）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Apache's configuration could not be read: %1. Fix it (apachectl configtest shows the same) and try again.</source>
        <translation>无法读取 Apache 的配置：%1。请修复（apachectl configtest 会显示相同内容）后重试。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 includes itself</source>
        <translation>%1 包含了自身</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large for a configuration</source>
        <translation>%1 过大，不是有效的配置</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a regular file</source>
        <translation>%1 不是常规文件</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>&lt;/%1&gt; without a matching &lt;%1&gt; in %2 on line %3</source>
        <translation>%2 第 %3 行的 &lt;/%1&gt; 没有匹配的 &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Skipped %1 in %2 (line %3): it uses a variable CertPilot cannot resolve.</source>
        <translation>已跳过 %2 中的 %1（第 %3 行）：它使用了 CertPilot 无法解析的变量。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the included file %1 does not exist (%2, line %3)</source>
        <translation>包含的文件 %1 不存在（%2，第 %3 行）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;%1&gt; on line %2 of %3 is not closed</source>
        <translation>%3 第 %2 行的 &lt;%1&gt; 未闭合</translation>
    </message>
</context>
<context>
    <name>ApacheEditor</name>
    <message>
        <location filename="../../platform/binding/ApacheEditor.cpp" line="+48" />
        <source>The site %1 is no longer in Apache's configuration. List the sites again.</source>
        <translation>网站 %1 已不在 Apache 的配置中。请重新列出网站。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The site %1 has no https virtual host. Choose "add an https listener" to add one on port 443 or another port.</source>
        <translation>网站 %1 没有 https 虚拟主机。请选择“添加 https 监听”，在端口 443 或其他端口上添加一个。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The site %1 already uses port %2 for plain http. Choose another port for https.</source>
        <translation>网站 %1 已将端口 %2 用于普通 http。请为 https 选择其他端口。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The site %1 already has https on port %2. Bind the certificate there, or add a virtual host for port %3 by hand.</source>
        <translation>网站 %1 已在端口 %2 上启用 https。请将证书绑定到该端口，或手动为端口 %3 添加虚拟主机。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The site %1 has several SSLCertificateFile lines (one per key type). CertPilot binds one certificate per site: remove the extra lines, then bind again.</source>
        <translation>网站 %1 有多个 SSLCertificateFile 行（每种密钥类型一行）。CertPilot 每个网站只绑定一个证书：请删除多余的行，然后重新绑定。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate of %1 is set in %2, which other sites include too. Move the SSLCertificate lines into the site's virtual host, then bind again.</source>
        <translation>%1 的证书设置在 %2 中，而其他网站也包含该文件。请将 SSLCertificate 行移到该网站的虚拟主机中，然后重新绑定。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../model/settings/AppSettings.cpp" line="+58" />
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Choose a language from the list.</source>
        <translation>请从列表中选择一种语言。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store location must be a full path, such as %1.</source>
        <translation>证书存储位置必须是完整路径，例如 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Expiry warnings must be between 1 and %1 days.</source>
        <translation>到期警告必须在 1 到 %1 天之间。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the expiry warnings in order: more days for the first notice (now %1) than for the warning (%2), and more for the warning than for the critical warning (%3).</source>
        <translation>请按顺序设置到期警告：首次通知的天数（当前为 %1）应多于警告（%2），警告应多于严重警告（%3）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose a key type from the list: CAs accept only these for server certificates.</source>
        <translation>请从列表中选择密钥类型：证书颁发机构 (CA) 的服务器证书只接受这些类型。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The connection time limit must be between %1 and %2 seconds.</source>
        <translation>连接时间限制必须在 %1 到 %2 秒之间。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../platform/pemdir/AtomicFile.cpp" line="+34" />
        <source>There is no space left to write %1. Free some disk space and try again; nothing was changed.</source>
        <translation>没有足够的空间写入 %1。请释放一些磁盘空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The store is on a read-only file system, so it cannot be changed. Open a writable copy of the store.</source>
        <translation>证书存储位于只读文件系统上，无法更改。请打开该证书存储的可写副本。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You are not allowed to write %1. Check the folder's permissions; nothing was changed.</source>
        <translation>你没有写入 %1 的权限。请检查文件夹的权限；未做任何更改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 could not be written. Nothing was changed.</source>
        <translation>无法写入 %1。未做任何更改。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
</context>
<context>
    <name>BindWorkflow</name>
    <message>
        <location filename="../../model/binding/BindWorkflow.cpp" line="+29" />
        <source>Certificate %1 is not in Personal. Only a certificate with its private key can be bound to a site.</source>
        <translation>证书 %1 不在“个人”中。只有带私钥的证书才能绑定到网站。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is a CA certificate. Bind the server certificate it issued instead.</source>
        <translation>%1 是 CA 证书。请改为绑定它颁发的服务器证书。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not valid for server authentication (its Extended Key Usage lacks serverAuth), so browsers would refuse it. Ask the CA for a TLS server certificate.</source>
        <translation>%1 不能用于服务器身份验证（其增强型密钥用法中缺少 serverAuth），浏览器会拒绝它。请向 CA 申请 TLS 服务器证书。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 expired on %2. Renew it before binding it to a site.</source>
        <translation>%1 已于 %2 过期。请先续订，再将其绑定到网站。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store has no private key for %1, so no server can use it. The key stays on the machine that made the request: restore it from a PFX backup, or make a new request.</source>
        <translation>证书存储中没有 %1 的私钥，因此任何服务器都无法使用它。私钥保留在创建证书申请的计算机上：请从 PFX 备份还原，或创建新的证书申请。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The private key kept with %1 does not belong to it. Re-import the certificate with its own key (PFX backup).</source>
        <translation>与 %1 一起保存的私钥不属于该证书。请使用其自己的私钥重新导入证书（PFX 备份）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The store does not have the issuer of this certificate (%1), so the site will send the certificate alone and many clients will not trust it. Import the intermediate certificates from your CA first.</source>
        <translation>证书存储中没有此证书的颁发者（%1），因此网站只会发送该证书本身，许多客户端将不信任它。请先导入 CA 提供的中间证书。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate is not valid before %1; clients will refuse it until then.</source>
        <translation>此证书在 %1 之前无效；在此之前客户端会拒绝它。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No site named %1 is in the configuration. List the sites to see their names and ids.</source>
        <translation>配置中没有名为 %1 的网站。请列出网站以查看其名称和 ID。</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%1 names %n sites (%2); give the site's id instead.</source>
        <translation>
            <numerusform>%1 对应 %n 个网站（%2）；请改为提供网站的 ID。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BindingPlan</name>
    <message>
        <location filename="../../model/binding/BindingPlan.cpp" line="+50" />
        <source>Site: %1 (%2, line %3 of %4)</source>
        <translation>网站：%1（%2，%4 的第 %3 行）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Certificate: %1, SHA-1 %2, expires %3</source>
        <translation>证书：%1，SHA-1 %2，到期 %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Adds an https listener on port %1.</source>
        <translation>在端口 %1 上添加 https 监听。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Files to write in %1 (earlier versions are kept in previous/):</source>
        <translation>要写入 %1 的文件（旧版本保留在 previous/ 中）：</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>the certificate and %n intermediate(s), no root</source>
        <translation>
            <numerusform>证书和 %n 个中间证书，不含根证书</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>the certificate alone</source>
        <translation>仅证书</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n intermediate certificate(s)</source>
        <translation>
            <numerusform>%n 个中间证书</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>the private key (%1), readable by the owner only (0600)</source>
        <translation>私钥（%1），仅所有者可读 (0600)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Configuration change:</source>
        <translation>配置更改：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  none: the site already uses these files.</source>
        <translation>  无：网站已在使用这些文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Then:</source>
        <translation>然后：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test the configuration: %1</source>
        <translation>测试配置：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload the server: %1</source>
        <translation>重新加载服务器：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that %1 serves the new certificate (server name %2).</source>
        <translation>检查 %1 是否提供新证书（服务器名称 %2）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If any step fails, the previous files and configuration are restored, and the server is reloaded again if it had loaded the change.</source>
        <translation>如果任一步骤失败，将还原之前的文件和配置；如果服务器已加载了更改，还会再次重新加载服务器。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>BindingRegistry</name>
    <message>
        <location filename="../../model/binding/BindingRegistry.cpp" line="+23" />
        <source>The list of site bindings kept with the store is damaged. Restore meta/bindings.json from a backup; CertPilot will not overwrite it.</source>
        <translation>与证书存储一起保存的网站绑定列表已损坏。请从备份还原 meta/bindings.json；CertPilot 不会覆盖它。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The list of site bindings was written by a newer CertPilot. Update CertPilot.</source>
        <translation>网站绑定列表由更新版本的 CertPilot 写入。请更新 CertPilot。</translation>
    </message>
</context>
<context>
    <name>BindingStepText</name>
    <message>
        <location filename="../../model/binding/BindingStep.cpp" line="+10" />
        <source>Write the certificate and key files</source>
        <translation>写入证书和私钥文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Point the site's configuration at them</source>
        <translation>将网站配置指向这些文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test the configuration</source>
        <translation>测试配置</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reload the server</source>
        <translation>重新加载服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the live site</source>
        <translation>检查线上网站</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore the previous files and configuration</source>
        <translation>还原之前的文件和配置</translation>
    </message>
    <message>
        <location line="+9" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>CaArchiveReader</name>
    <message>
        <location filename="../../model/import/CaArchiveReader.cpp" line="+36" />
        <source>an entry has no name</source>
        <translation>某个条目没有名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the entry "%1" uses backslashes in its path</source>
        <translation>条目“%1”的路径中使用了反斜杠</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the entry "%1" has an absolute path</source>
        <translation>条目“%1”使用了绝对路径</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the entry "%1" points outside the archive (..)</source>
        <translation>条目“%1”指向压缩包之外 (..)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the entry "%1" has control characters in its name</source>
        <translation>条目“%1”的名称中含有控制字符</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 was not opened because %2. Ask the CA for the certificate files again; nothing was imported.</source>
        <translation>未打开 %1，因为%2。请重新向 CA 索取证书文件；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was not opened because %2. A CA's certificate archive is a few kilobytes; this one may be damaged or hostile. Nothing was imported.</source>
        <translation>未打开 %1，因为%2。CA 的证书压缩包只有几 KB；此文件可能已损坏或含有恶意内容。未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>it is larger than %n MiB</source>
        <translation>
            <numerusform>它大于 %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a readable zip archive (it may be damaged or only partly downloaded). Download it again; nothing was imported.</source>
        <translation>%1 不是可读取的 zip 压缩包（可能已损坏或未下载完整）。请重新下载；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is empty. Ask the CA for the certificate files again; nothing was imported.</source>
        <translation>%1 为空。请重新向 CA 索取证书文件；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it holds %1 entries (at most %2 are read)</source>
        <translation>它包含 %1 个条目（最多读取 %2 个）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is damaged: an entry cannot be read. Nothing was imported.</source>
        <translation>%1 已损坏：无法读取某个条目。未导入任何内容。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the entry "%1" is a symbolic link</source>
        <translation>条目“%1”是符号链接</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the entry "%1" is encrypted (certificates need no password; a password protected archive is not supported)</source>
        <translation>条目“%1”已加密（证书不需要密码；不支持受密码保护的压缩包）</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>the entry "%1" is larger than %n KiB</source>
        <translation>
            <numerusform>条目“%1”大于 %n KiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>its files add up to more than %n MiB</source>
        <translation>
            <numerusform>其文件总计超过 %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 holds only folders, no files. Ask the CA for the certificate files again; nothing was imported.</source>
        <translation>%1 中只有文件夹，没有文件。请重新向 CA 索取证书文件；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is damaged: "%2" cannot be opened. Nothing was imported.</source>
        <translation>%1 已损坏：无法打开“%2”。未导入任何内容。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged: "%2" does not inflate correctly. Download it again; nothing was imported.</source>
        <translation>%1 已损坏：“%2”无法正确解压。请重新下载；未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>the entry "%1" inflates to more than %n KiB</source>
        <translation>
            <numerusform>条目“%1”解压后超过 %n KiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>its files inflate to more than %n MiB</source>
        <translation>
            <numerusform>其文件解压后超过 %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>the entry "%1" expands more than %2 times (a zip bomb)</source>
        <translation>条目“%1”解压后膨胀超过 %2 倍（zip 炸弹）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is damaged: "%2" is not the size its header says. Download it again; nothing was imported.</source>
        <translation>%1 已损坏：“%2”的大小与其文件头所述不符。请重新下载；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>declared %1 bytes, inflated %2</source>
        <translation>声明 %1 字节，解压后 %2</translation>
    </message>
</context>
<context>
    <name>CaImport</name>
    <message>
        <location filename="../../model/import/CaImport.cpp" line="+48" />
        <source>Nothing was imported: %1 The store is as it was before.</source>
        <translation>未导入任何内容：%1 证书存储保持原样。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Completed the pending request for %1: moved into %2 with its private key.</source>
        <translation>已完成 %1 的挂起的申请：已连同私钥移入 %2。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Completes the pending request for %1: moves into %2 with its private key.</source>
        <translation>完成 %1 的挂起的申请：连同私钥移入 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Added the private key to %1 in %2.</source>
        <translation>已将私钥添加到 %2 中的 %1。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Adds the private key to %1 in %2.</source>
        <translation>将私钥添加到 %2 中的 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Installed %1 in %2.</source>
        <translation>已将 %1 安装到 %2。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Installs %1 in %2.</source>
        <translation>将 %1 安装到 %2。</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../../model/Certificate.cpp" line="+179" />
        <source>The data is not a valid X.509 certificate: it may be damaged or truncated. Ask the sender for the file again.</source>
        <translation>该数据不是有效的 X.509 证书：可能已损坏或被截断。请向发送者重新索取文件。</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+38" />
        <source>The certificate is empty.</source>
        <translation>证书为空。</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <location line="+34" />
        <source>The certificate is followed by %n unexpected byte(s): the file may be damaged. Ask the sender for the file again.</source>
        <translation>
            <numerusform>证书后面有 %n 个意外字节：文件可能已损坏。请向发送者重新索取文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102" />
        <source>RSA %1 bits</source>
        <translation>RSA %1 位</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ECDSA %1</source>
        <translation>ECDSA %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown key type</source>
        <translation>未知密钥类型</translation>
    </message>
    <message>
        <location filename="../../model/CertificateCache.cpp" line="+87" />
        <source>The cached certificate is damaged.</source>
        <translation>缓存的证书已损坏。</translation>
    </message>
</context>
<context>
    <name>CertificateBuilder</name>
    <message>
        <location filename="../../model/CertificateBuilder.cpp" line="+55" />
        <source>The certificate could not be created: %1</source>
        <translation>无法创建证书：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>missing key</source>
        <translation>缺少密钥</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unreadable issuer</source>
        <translation>颁发者不可读</translation>
    </message>
    <message>
        <location line="+17" />
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+3" />
        <source>subject name</source>
        <translation>使用者名称</translation>
    </message>
    <message>
        <location line="+3" />
        <source>issuer name</source>
        <translation>颁发者名称</translation>
    </message>
    <message>
        <location line="+5" />
        <source>validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location line="+29" />
        <source>extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location line="+5" />
        <source>signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>CertificateChecks</name>
    <message>
        <location filename="../../model/diagnostics/CertificateChecks.cpp" line="+40" />
        <source>Validity dates</source>
        <translation>有效日期</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not valid yet: it is valid from %1, and this computer's clock says %2.</source>
        <translation>尚未生效：有效期从 %1 开始，而此计算机的时钟显示为 %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>If the certificate was just issued, wait until then. Otherwise this computer's clock is wrong (time drift in a virtual machine, a dead BIOS battery): correct it and turn on time synchronisation (NTP).</source>
        <translation>如果证书是刚刚颁发的，请等到生效时间。否则说明此计算机的时钟有误（虚拟机时间漂移、BIOS 电池耗尽）：请校正时钟并开启时间同步（NTP）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Expired on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>已于 %1 过期（%n 天前）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew it: create a new request, have the CA issue the new certificate, install it and bind it again. If the date looks wrong, check this computer's clock.</source>
        <translation>请续订：创建新的证书申请，让 CA 颁发新证书，安装后重新绑定。如果日期看起来不对，请检查此计算机的时钟。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate is within its dates, but %1 on its certification path expired on %2.</source>
        <translation>证书本身在有效期内，但其证书路径上的 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install the CA's current intermediate and root certificates (from its web site or a new cert.zip) and remove the expired one.</source>
        <translation>请安装 CA 当前的中间证书和根证书（从其网站或新的 cert.zip 获取），并删除已过期的证书。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Valid until %1: only %n day(s) left.</source>
        <translation>
            <numerusform>有效期至 %1：仅剩 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew now: the CA needs days to issue the new certificate, and every site using this one must be bound again.</source>
        <translation>请立即续订：CA 需要数天才能颁发新证书，而且使用此证书的每个网站都必须重新绑定。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Valid from %1 to %2 (%n day(s) left).</source>
        <translation>
            <numerusform>有效期从 %1 到 %2（剩余 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Intermediate certificates installed</source>
        <translation>已安装中间证书</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate is self-signed: it has no issuer to install.</source>
        <translation>此证书是自签名证书：没有需要安装的颁发者。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The issuer of %1 is not in the store: %2. The certification path stops there, and clients without it report "issued by an untrusted company" (SEC_ERROR_UNKNOWN_ISSUER).</source>
        <translation>%1 的颁发者不在证书存储中：%2。证书路径在此中断，没有该证书的客户端会报告“由不受信任的公司颁发”（SEC_ERROR_UNKNOWN_ISSUER）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the CA certificates your CA sent (uca.cer, or uca_1.cer and uca_2.cer, and root.cer from cert.zip) with File &gt; Import Certificates, then bind the site again so it serves them.</source>
        <translation>请使用“文件 &gt; 导入证书”安装 CA 发送的 CA 证书（cert.zip 中的 uca.cer，或 uca_1.cer 和 uca_2.cer，以及 root.cer），然后重新绑定网站，使其发送这些证书。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Every certificate between this one and its root is installed (%n level(s)).</source>
        <translation>
            <numerusform>此证书与其根证书之间的所有证书都已安装（共 %n 级）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Root trusted</source>
        <translation>根证书受信任</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No certification path was built.</source>
        <translation>未构建证书路径。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certification path stops at a missing issuer (see "Intermediate certificates installed"), so its root cannot be checked yet.</source>
        <translation>证书路径在缺失的颁发者处中断（参见“已安装中间证书”），因此暂时无法检查其根证书。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The path ends at %1, which is in Trusted Root Certification Authorities.</source>
        <translation>证书路径终止于 %1，它位于“受信任的根证书颁发机构”中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate is self-signed: it is its own root, and no client trusts it (CERT_E_UNTRUSTEDROOT).</source>
        <translation>此证书是自签名证书：它是自己的根证书，没有任何客户端信任它（CERT_E_UNTRUSTEDROOT）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For a public site use a certificate issued by a CA. For an internal site, install this certificate in Trusted Root Certification Authorities on every client.</source>
        <translation>对于公共网站，请使用由 CA 颁发的证书。对于内部网站，请在每台客户端上将此证书安装到“受信任的根证书颁发机构”中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The path ends at %1, which is not in Trusted Root Certification Authorities (CERT_E_UNTRUSTEDROOT).</source>
        <translation>证书路径终止于 %1，它不在“受信任的根证书颁发机构”中（CERT_E_UNTRUSTEDROOT）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>If you trust this CA, install its root certificate (root.cer from cert.zip) with File &gt; Import Certificates, after comparing its SHA-256 fingerprint with the one the CA publishes: %1.</source>
        <translation>如果你信任此 CA，请使用“文件 &gt; 导入证书”安装其根证书（cert.zip 中的 root.cer）；安装前请将其 SHA-256 指纹与 CA 公布的指纹进行比较：%1。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Host name in the certificate</source>
        <translation>证书中的主机名</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No host name was given, and no site is recorded as using this certificate. Give the site's host name to check it.</source>
        <translation>未提供主机名，也没有记录使用此证书的网站。请提供网站的主机名以进行检查。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The certificate covers %1.</source>
        <translation>证书涵盖 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not among the certificate's names (%2). Browsers report a name mismatch.</source>
        <translation>%1 不在证书的名称中（%2）。浏览器会报告名称不匹配。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no Subject Alternative Name</source>
        <translation>它没有使用者可选名称</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A wildcard does not cover its own base name: %1 does not cover %2.</source>
        <translation>通配符不涵盖其自身的基础名称：%1 不涵盖 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A wildcard covers exactly one label: %1 does not cover %2.</source>
        <translation>通配符只涵盖一级标签：%1 不涵盖 %2。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is only the subject's Common Name, which browsers ignore: it must be a Subject Alternative Name.</source>
        <translation>%1 只是使用者的公用名，浏览器会忽略公用名：它必须是使用者可选名称。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Request a certificate whose Subject Alternative Names include %1 (every name the site answers to), or use a host name the certificate covers.</source>
        <translation>请申请使用者可选名称中包含 %1（网站响应的每个名称）的证书，或使用证书涵盖的主机名。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Private key present</source>
        <translation>存在私钥</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Certificates in %1 need no private key; a server certificate in Personal does.</source>
        <translation>%1 中的证书不需要私钥；“个人”中的服务器证书则需要。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store holds a private key for this certificate.</source>
        <translation>证书存储中有此证书的私钥。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The store has no private key for this certificate, so no server can use it. This happens when the request was completed on another server or its pending key was lost; the certificate then seems to "disappear" after Complete Request.</source>
        <translation>证书存储中没有此证书的私钥，因此任何服务器都无法使用它。当证书申请是在另一台服务器上完成的，或其挂起的私钥已丢失时，就会出现这种情况；此时证书在“完成证书申请”之后似乎会“消失”。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The pending request for this certificate is in this store with its key: complete it (Certificate &gt; Complete Request) with this certificate's file.</source>
        <translation>此证书的挂起的申请连同其私钥就在此证书存储中：请使用此证书的文件完成该申请（证书 &gt; 完成证书申请）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the original key cures this: import the PFX backup that holds it (File &gt; Import PFX), or complete the request on the machine that made it and export a PFX there. Otherwise create a new request and have the CA re-issue the certificate (this takes days).</source>
        <translation>只有原来的私钥才能解决此问题：请导入包含该私钥的 PFX 备份（文件 &gt; 导入 PFX），或在创建申请的计算机上完成申请并在那里导出 PFX。否则，请创建新的证书申请并让 CA 重新颁发证书（这需要数天）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Private key matches</source>
        <translation>私钥匹配</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no private key to compare (see "Private key present").</source>
        <translation>没有可比较的私钥（参见“存在私钥”）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key cannot be read, so it cannot be compared (see "Private key readable").</source>
        <translation>无法读取私钥，因此无法进行比较（参见“私钥可读取”）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key matches the certificate's public key.</source>
        <translation>私钥与证书的公钥匹配。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key stored with this certificate belongs to another certificate: the public keys differ. A server given this pair refuses to start or fails every handshake.</source>
        <translation>与此证书一起存储的私钥属于另一个证书：二者的公钥不同。使用这对证书和私钥的服务器将无法启动，或每次握手都会失败。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the right key: the PFX backup made with this certificate, or the pending request it was issued for. If that key is lost, create a new request and have the certificate re-issued.</source>
        <translation>请使用正确的私钥：与此证书一起创建的 PFX 备份，或颁发此证书所依据的挂起的申请。如果该私钥已丢失，请创建新的证书申请并让 CA 重新颁发证书。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Valid for server authentication</source>
        <translation>可用于服务器身份验证</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ask your CA for a TLS/SSL server certificate (Server Authentication); client, e-mail and code-signing certificates cannot serve a site.</source>
        <translation>请向 CA 申请 TLS/SSL 服务器证书（服务器身份验证）；客户端证书、电子邮件证书和代码签名证书都不能用于网站。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Its Key Usage (%1) allows neither digital signatures nor key encipherment, which TLS needs.</source>
        <translation>其密钥用法（%1）既不允许数字签名，也不允许密钥加密，而 TLS 需要这些用法。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate has no Extended Key Usage. Most clients accept that, but some require Server Authentication.</source>
        <translation>此证书没有增强型密钥用法。大多数客户端接受这种情况，但有些客户端要求“服务器身份验证”。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing to do now; ask for Server Authentication at the next renewal (CAs include it).</source>
        <translation>目前无需操作；下次续订时请申请“服务器身份验证”（CA 颁发的证书都会包含它）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valid for Server Authentication (Extended Key Usage).</source>
        <translation>可用于服务器身份验证（增强型密钥用法）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Its Extended Key Usage is only "any purpose"; browsers expect Server Authentication.</source>
        <translation>其增强型密钥用法只有“任何用途”；浏览器要求“服务器身份验证”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not valid for server authentication: its Extended Key Usage is %1, without Server Authentication. Browsers refuse it for a web site.</source>
        <translation>不能用于服务器身份验证：其增强型密钥用法为 %1，不包含“服务器身份验证”。浏览器会拒绝将其用于网站。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Key strength</source>
        <translation>密钥强度</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create a new request with RSA 2048 bits or more, or ECDSA P-256, and have the certificate re-issued.</source>
        <translation>请使用 RSA 2048 位或更高，或 ECDSA P-256 创建新的证书申请，并让 CA 重新颁发证书。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is too weak: at least %2 bits are needed, and browsers refuse less.</source>
        <translation>%1 过弱：至少需要 %2 位，低于此值浏览器会拒绝。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: strong enough.</source>
        <translation>%1：强度足够。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is strong, but many clients do not accept it in server certificates yet.</source>
        <translation>%1 强度高，但许多客户端尚不接受它用于服务器证书。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not accepted by browsers.</source>
        <translation>浏览器不接受 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Signature hash</source>
        <translation>签名哈希算法</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+4" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed with a broken hash (SHA-1 or older): %1. Browsers reject it.</source>
        <translation>使用已被攻破的哈希（SHA-1 或更早）签名：%1。浏览器会拒绝它。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask your CA to re-issue the certificate signed with SHA-256, and install its current intermediate certificates.</source>
        <translation>请让 CA 重新颁发使用 SHA-256 签名的证书，并安装其当前的中间证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Self-signed with %1.</source>
        <translation>使用 %1 自签名。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed with %1.</source>
        <translation>使用 %1 签名。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Private key readable</source>
        <translation>私钥可读取</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The store lists no private key for this certificate.</source>
        <translation>证书存储中未列出此证书的私钥。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key can be read.</source>
        <translation>可以读取私钥。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The store lists a private key for this certificate, but it cannot be read: %1</source>
        <translation>证书存储中列出了此证书的私钥，但无法读取：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the account that uses the key read access to it. On Windows: certlm.msc &gt; Personal &gt; the certificate &gt; All Tasks &gt; Manage Private Keys, and allow Read for the web server's account (IIS AppPool\&lt;pool&gt;, NETWORK SERVICE); Schannel logs event 36870 (0x80090016, 0x8009001a) until it can. In a PEM store the key file must be readable by its owner (mode 0600).</source>
        <translation>请为使用该私钥的账户授予读取权限。在 Windows 上：certlm.msc &gt; 个人 &gt; 该证书 &gt; 所有任务 &gt; 管理私钥，为 Web 服务器的账户（IIS AppPool\&lt;pool&gt;、NETWORK SERVICE）允许“读取”；在授予权限之前，Schannel 会一直记录事件 36870（0x80090016、0x8009001a）。在 PEM 存储中，私钥文件必须可由其所有者读取（模式 0600）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The key is damaged or in a form CertPilot cannot read: restore it from the PFX backup.</source>
        <translation>私钥已损坏或采用 CertPilot 无法读取的格式：请从 PFX 备份中还原。</translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <location filename="../../ui/CertificateFields.cpp" line="+36" />
        <source>DNS Name=%1</source>
        <translation>DNS 名称=%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IP Address=%1</source>
        <translation>IP 地址=%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Email=%1</source>
        <translation>电子邮件=%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>URL=%1</source>
        <translation>URL=%1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 (critical)</source>
        <translation>%1（关键）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature hash algorithm</source>
        <translation>签名哈希算法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from</source>
        <translation>有效期从</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid to</source>
        <translation>有效期到</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Subject Alternative Name</source>
        <translation>使用者可选名称</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Key Usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enhanced Key Usage</source>
        <translation>增强型密钥用法</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Subject Type=CA</source>
        <translation>使用者类型=CA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Subject Type=End Entity</source>
        <translation>使用者类型=最终实体</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Path Length Constraint=None</source>
        <translation>路径长度约束=无</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Path Length Constraint=%1</source>
        <translation>路径长度约束=%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Basic Constraints</source>
        <translation>基本约束</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Subject Key Identifier</source>
        <translation>使用者密钥标识符</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Authority Key Identifier</source>
        <translation>颁发机构密钥标识符</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Thumbprint (SHA-1)</source>
        <translation>指纹 (SHA-1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thumbprint (SHA-256)</source>
        <translation>指纹 (SHA-256)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Friendly name</source>
        <translation>友好名称</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <location filename="../../model/CertificateRequest.cpp" line="+74" />
        <source>The data is not a valid certificate request (PKCS#10).</source>
        <translation>该数据不是有效的证书申请 (PKCS#10)。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>RSA %1 bits</source>
        <translation>RSA %1 位</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ECDSA %1</source>
        <translation>ECDSA %1</translation>
    </message>
</context>
<context>
    <name>ChainStatusText</name>
    <message>
        <location filename="../../model/ChainStatus.cpp" line="+12" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issuer missing</source>
        <translation>缺少颁发者</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Root not trusted</source>
        <translation>根证书不受信任</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature invalid</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issuer is not a CA</source>
        <translation>颁发者不是 CA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wrong purpose</source>
        <translation>用途不符</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Host name mismatch</source>
        <translation>主机名不匹配</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name not permitted</source>
        <translation>名称不被允许</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chain too long</source>
        <translation>证书链过长</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weak key or signature</source>
        <translation>密钥或签名过弱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not trusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This certificate is OK.</source>
        <translation>此证书正常。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This certificate has expired. Renew it, or check the computer's clock if the date looks wrong.</source>
        <translation>此证书已过期。请续订；如果日期看起来不对，请检查计算机的时钟。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This certificate is not valid yet. If it was just issued, wait; otherwise check the computer's clock (time drift in a virtual machine, a dead BIOS battery).</source>
        <translation>此证书尚未生效。如果刚刚颁发，请稍候；否则请检查计算机的时钟（虚拟机时间漂移、BIOS 电池耗尽）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate that issued this one is not installed. Install the intermediate certificate from your CA in Intermediate Certification Authorities.</source>
        <translation>颁发此证书的证书未安装。请将 CA 提供的中间证书安装到“中间证书颁发机构”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The chain ends at a root certificate that is not trusted. If you trust this CA, install its root certificate in Trusted Root Certification Authorities.</source>
        <translation>证书链终止于不受信任的根证书。如果你信任此 CA，请将其根证书安装到“受信任的根证书颁发机构”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The signature does not verify: the certificate was altered, or the issuer found is not the one that signed it. Get the certificates from your CA again.</source>
        <translation>签名无法验证：证书已被篡改，或找到的颁发者不是签名者。请重新从 CA 获取证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A certificate in the chain issues others but is not a certification authority. The chain is invalid; ask your CA for the right intermediate certificate.</source>
        <translation>证书链中的某个证书颁发了其他证书，但它不是证书颁发机构。该证书链无效；请向 CA 索取正确的中间证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This certificate is self-signed and is not in Trusted Root Certification Authorities, so browsers will not trust it. Use a certificate issued by a CA.</source>
        <translation>此证书是自签名证书，且不在“受信任的根证书颁发机构”中，因此浏览器不会信任它。请使用由 CA 颁发的证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This certificate is not valid for this purpose (for example, server authentication is missing from its Extended Key Usage). Ask your CA for a TLS server certificate.</source>
        <translation>此证书不能用于此用途（例如，其增强型密钥用法中缺少服务器身份验证）。请向 CA 申请 TLS 服务器证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The host name is not in this certificate's Subject Alternative Names. Request a certificate that lists the name, or use one of the names it lists.</source>
        <translation>主机名不在此证书的使用者可选名称中。请申请包含该名称的证书，或使用证书中列出的名称之一。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A CA in the chain is not permitted to issue a certificate for this name.</source>
        <translation>证书链中的某个 CA 不允许为此名称颁发证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The chain is longer than a CA in it allows.</source>
        <translation>证书链的长度超出了其中某个 CA 的允许范围。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The key is too short or the signature algorithm too weak (for example RSA below 2048 bits or SHA-1). Request a new certificate with a stronger key.</source>
        <translation>密钥过短或签名算法过弱（例如 RSA 低于 2048 位或 SHA-1）。请使用更强的密钥申请新证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate breaks the X.509 rules and is rejected. Ask your CA to re-issue it.</source>
        <translation>此证书违反 X.509 规则，已被拒绝。请让 CA 重新颁发。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The certificate is not trusted.</source>
        <translation>此证书不受信任。</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <location filename="../../model/ChainVerifier.cpp" line="+320" />
        <source>Issuer not found: %1. Install the intermediate certificate from your CA.</source>
        <translation>未找到颁发者：%1。请安装 CA 提供的中间证书。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../../app/cli/BindCommand.cpp" line="+28" />
        <source>* matches the certificate's names</source>
        <translation>* 表示与证书中的名称匹配</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Apply this change? [y/N] </source>
        <translation>应用此更改吗？[y/N] </translation>
    </message>
    <message>
        <location line="+12" />
        <source>The Personal certificate to bind.</source>
        <translation>要绑定的“个人”证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nginx or apache; iis on Windows (HTTP.sys bindings).</source>
        <translation>nginx 或 apache；在 Windows 上为 iis（HTTP.sys 绑定）。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/RequestCommand.cpp" line="+81" />
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The site: one of its host names, or its id. Without it, the sites are listed.</source>
        <translation>网站：其主机名之一或其 ID。省略时列出所有网站。</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/CompleteCommand.cpp" line="+71" />
        <location filename="../../app/cli/ConvertCommand.cpp" line="+41" />
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+82" />
        <location filename="../../app/cli/ExportCommand.cpp" line="+49" />
        <location filename="../../app/cli/ImportCommand.cpp" line="+121" />
        <location filename="../../app/cli/ImportPfxCommand.cpp" line="+40" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+48" />
        <location filename="../../app/cli/RequestCommand.cpp" line="-14" />
        <location line="+11" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="+48" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server's configuration folder (default /etc/nginx or /etc/apache2).</source>
        <translation>服务器的配置文件夹（默认为 /etc/nginx 或 /etc/apache2）。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <location filename="../../app/cli/CliContext.cpp" line="+67" />
        <location filename="../../app/cli/ExportCommand.cpp" line="-6" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="-4" />
        <source>The main configuration file, relative to the folder.</source>
        <translation>主配置文件，相对于该文件夹。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/ConvertCommand.cpp" line="-7" />
        <location line="+1" />
        <location filename="../../app/cli/ExportCommand.cpp" line="-3" />
        <location filename="../../app/cli/RequestCommand.cpp" line="+9" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where the certificate files go (default CONFIG-ROOT/certpilot).</source>
        <translation>证书文件的存放位置（默认为 CONFIG-ROOT/certpilot）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add an https listener to a site that has none.</source>
        <translation>为没有 https 监听的网站添加一个。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The listener's port (default 443).</source>
        <translation>监听端口（默认为 443）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the change; change nothing.</source>
        <translation>显示更改，但不做任何更改。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply without asking.</source>
        <translation>不询问，直接应用。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The configuration test command ({configRoot} and {mainConfig} are replaced).</source>
        <translation>配置测试命令（{configRoot} 和 {mainConfig} 会被替换）。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>CMD</source>
        <translation>CMD</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The reload command.</source>
        <translation>重新加载命令。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not check the live site after the reload.</source>
        <translation>重新加载后不检查线上网站。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bind a certificate to an nginx or Apache site: write fullchain.pem and privkey.pem, point the site at them, test the configuration, reload, and check the live site. Any failure restores the previous files and configuration.</source>
        <translation>将证书绑定到 nginx 或 Apache 网站：写入 fullchain.pem 和 privkey.pem，将网站指向它们，测试配置，重新加载，并检查线上网站。任何失败都会还原之前的文件和配置。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>bind takes one thumbprint.</source>
        <translation>bind 只接受一个指纹。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--server must be one of: %1.</source>
        <translation>--server 必须是以下之一：%1。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port 只接受 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Choose the site with --site NAME (a host name or an id above).</source>
        <translation>请用 --site NAME 选择网站（主机名或上面列出的 ID）。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Nothing was changed. Add --yes to apply without asking.</source>
        <translation>未做任何更改。添加 --yes 可不经询问直接应用。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>warning: the binding works, but it could not be recorded: %1</source>
        <translation>警告：绑定有效，但无法记录：%1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Bound %1 to %2.</source>
        <translation>已将 %1 绑定到 %2。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bind a certificate to an nginx or Apache site.</source>
        <translation>将证书绑定到 nginx 或 Apache 网站。</translation>
    </message>
    <message>
        <location filename="../../app/cli/BindingsCommand.cpp" line="+15" />
        <source>Only the sites of this certificate.</source>
        <translation>仅显示此证书的网站。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the sites certificates were bound to ("used by").</source>
        <translation>列出证书所绑定的网站（“使用于”）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>bindings takes at most one thumbprint.</source>
        <translation>bindings 最多接受一个指纹。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No bindings recorded.</source>
        <translation>没有已记录的绑定。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>bound %1; checked at %2:%3</source>
        <translation>已绑定 %1；检查于 %2:%3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>List site bindings ("used by").</source>
        <translation>列出网站绑定（“使用于”）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliContext.cpp" line="-35" />
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The store folder.</source>
        <translation>证书存储文件夹。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <location line="+32" />
        <location filename="../../app/cli/ImportCommand.cpp" line="+57" />
        <location filename="../../app/cli/RequestCommand.cpp" line="+74" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/CompleteCommand.cpp" line="+23" />
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run with --help for usage.</source>
        <translation>使用 --help 运行以查看用法。</translation>
    </message>
    <message>
        <location filename="../../app/cli/CompleteCommand.cpp" line="-28" />
        <source>The CA's response: .cer/.crt (PEM or DER) or .p7b; root and intermediate files may be given too.</source>
        <translation>CA 的响应：.cer/.crt（PEM 或 DER）或 .p7b；也可以同时提供根证书和中间证书文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A name to recognise the certificate by, as in IIS.</source>
        <translation>用于识别证书的名称，与 IIS 中相同。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Complete a certificate request: match the CA's response to its pending private key and move both into Personal.</source>
        <translation>完成证书申请：将 CA 的响应与其挂起的私钥匹配，并将两者移入“个人”。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>complete needs the certificate file the CA sent.</source>
        <translation>complete 需要 CA 发送的证书文件。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Request completed.</source>
        <translation>证书申请已完成。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Thumbprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Complete a request with the CA's response (moves it into Personal).</source>
        <translation>使用 CA 的响应完成证书申请（将其移入“个人”）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ConvertCommand.cpp" line="-4" />
        <source>The file to convert.</source>
        <translation>要转换的文件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pem, der or pfx.</source>
        <translation>pem、der 或 pfx。</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../app/cli/ExportCommand.cpp" line="-10" />
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The private key file (for --to pfx).</source>
        <translation>私钥文件（用于 --to pfx）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--to pfx: modern (default) or legacy.</source>
        <translation>--to pfx：modern（默认）或 legacy。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/ExportCommand.cpp" line="+5" />
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--to pem: write the private key unencrypted.</source>
        <translation>--to pem：以不加密方式写入私钥。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--to pfx: the friendly name.</source>
        <translation>--to pfx：友好名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace the output file.</source>
        <translation>替换输出文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the new file's password (PFX, or the key in a PEM bundle)</source>
        <translation>新文件的密码（PFX，或 PEM 包中的私钥）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the input's password (PFX or encrypted key)</source>
        <translation>输入文件的密码（PFX 或加密的私钥）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Convert certificate files outside the store: PEM &lt;-&gt; DER, PFX -&gt; PEM bundle, PEM bundle + key -&gt; PFX. The input format is found from the content.</source>
        <translation>转换证书存储之外的证书文件：PEM &lt;-&gt; DER，PFX -&gt; PEM 包，PEM 包 + 私钥 -&gt; PFX。输入格式根据内容自动识别。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>convert takes one input file, --to and --out.</source>
        <translation>convert 需要一个输入文件、--to 和 --out。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown format %1: use pem, der or pfx.</source>
        <translation>未知格式 %1：请使用 pem、der 或 pfx。</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../app/cli/ExportCommand.cpp" line="+33" />
        <source>Unknown profile %1: use legacy or modern.</source>
        <translation>未知配置 %1：请使用 legacy 或 modern。</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../app/cli/ImportPfxCommand.cpp" line="+20" />
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Password of the input: </source>
        <translation>输入文件的密码： </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Password for the new file: </source>
        <translation>新文件的密码： </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Wrote %1 (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Convert files outside the store: PEM, DER, PFX.</source>
        <translation>转换证书存储之外的文件：PEM、DER、PFX。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DemoCommand.cpp" line="+12" />
        <source>Fill an empty store with example certificates: a 3-tier and a 4-tier chain, an expired and an expiring certificate, one without its key, and a pending request.</source>
        <translation>用示例证书填充空的证书存储：一条 3 级证书链和一条 4 级证书链、一个已过期和一个即将过期的证书、一个没有私钥的证书，以及一个挂起的申请。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The store is not empty; example data goes into an empty store only.</source>
        <translation>证书存储不为空；示例数据只能放入空的证书存储。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Example certificates written to %1</source>
        <translation>示例证书已写入 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fill an empty store with example certificates.</source>
        <translation>用示例证书填充空的证书存储。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="-41" />
        <location filename="../../app/cli/ShowCommand.cpp" line="+10" />
        <source>SHA-1 thumbprint (8+ digits).</source>
        <translation>SHA-1 指纹（至少 8 位）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pfx (default), cer, cer-base64, p7b, nginx, apache or key.</source>
        <translation>pfx（默认）、cer、cer-base64、p7b、nginx、apache 或 key。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PFX compatibility: modern (default; Windows Server 2019+, AES-256) or legacy (Windows Server 2016 and older, Java 8; TripleDES).</source>
        <translation>PFX 兼容性：modern（默认；Windows Server 2019+，AES-256）或 legacy（Windows Server 2016 及更早版本、Java 8；TripleDES）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>pfx, p7b: include the chain (intermediates and root).</source>
        <translation>pfx、p7b：包含证书链（中间证书和根证书）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With --chain: leave the root out.</source>
        <translation>与 --chain 一起使用：不包含根证书。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file to write (one-file formats).</source>
        <translation>要写入的文件（单文件格式）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder to write to, with the default file names.</source>
        <translation>要写入的文件夹，使用默认文件名。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write key files (nginx, apache, key) unencrypted, as web servers without a pass phrase need them.</source>
        <translation>以不加密方式写入私钥文件（nginx、apache、key），因为不使用密码短语的 Web 服务器需要这样。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PFX: the friendly name (default: the store's).</source>
        <translation>PFX：友好名称（默认：证书存储中的名称）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace existing files.</source>
        <translation>替换现有文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export a certificate: a PFX backup with its private key, the certificate alone, or the files nginx and Apache use.</source>
        <translation>导出证书：含私钥的 PFX 备份、仅证书，或 nginx 和 Apache 使用的文件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>export takes one thumbprint.</source>
        <translation>export 只接受一个指纹。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown format %1.</source>
        <translation>未知格式 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give --out or --out-dir, not both.</source>
        <translation>请指定 --out 或 --out-dir，不能同时指定。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 writes several files: use --out-dir.</source>
        <translation>%1 会写入多个文件：请使用 --out-dir。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is a pending request, not a certificate.</source>
        <translation>%1 是挂起的申请，不是证书。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The store has no private key for %1, so it cannot be exported as %2. Export it with --format cer instead.</source>
        <translation>证书存储中没有 %1 的私钥，因此无法导出为 %2。请改用 --format cer 导出。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password for the PFX file: </source>
        <translation>PFX 文件的密码： </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password for the key file: </source>
        <translation>私钥文件的密码： </translation>
    </message>
    <message>
        <location line="+7" />
        <source>warning: weak password. %1</source>
        <translation>警告：密码较弱。%1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../app/cli/ImportPfxCommand.cpp" line="+78" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export a certificate: PFX backup, .cer, .p7b, nginx or Apache files, key.</source>
        <translation>导出证书：PFX 备份、.cer、.p7b、nginx 或 Apache 文件、私钥。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="-104" />
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1" />
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>add key</source>
        <translation>添加私钥</translation>
    </message>
    <message>
        <location line="+1" />
        <source>install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+3" />
        <source>from %1, SHA-1 %2</source>
        <translation>来自 %1，SHA-1 %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>flags: %1</source>
        <translation>标志：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>after import: %1. %2</source>
        <translation>导入后：%1。%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>trust decision: SHA-256 %1</source>
        <translation>信任决定：SHA-256 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not imported: %1: %2</source>
        <translation>未导入：%1：%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Certificate files and archives: a CA's cert.zip, .cer/.crt/.pem (PEM or DER), .p7b, PEM bundles.</source>
        <translation>证书文件和压缩包：CA 的 cert.zip、.cer/.crt/.pem（PEM 或 DER）、.p7b、PEM 包。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install what the plan shows. Roots are trusted only with this option: it is your trust decision.</source>
        <translation>安装计划中显示的内容。只有使用此选项才会信任根证书：这是你的信任决定。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File every certificate as root or intermediate instead of classifying it (auto, the default).</source>
        <translation>将每个证书都作为根证书或中间证书存放，而不是自动分类（auto，默认）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A name for the server certificate, as in IIS.</source>
        <translation>服务器证书的名称，与 IIS 中相同。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Judge validity at this time (ISO 8601) instead of now.</source>
        <translation>按此时间（ISO 8601）而不是当前时间判断有效性。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+6" />
        <location filename="../../app/cli/ImportCommand.cpp" line="+1" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="-3" />
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="+17" />
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+2" />
        <source>Install everything but new roots: the trust decision is left for later; until then the paths below them end at "issuer missing".</source>
        <translation>安装除新根证书之外的所有内容：信任决定留待以后；在此之前，其下的证书路径将终止于“缺少颁发者”。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plan the import of a CA's certificates (roots into Trusted Root, intermediates into Intermediate, the server certificate into Personal, completing its pending request), and install them with --yes, all or nothing.</source>
        <translation>规划 CA 证书的导入（根证书放入“受信任的根证书颁发机构”，中间证书放入“中间证书颁发机构”，服务器证书放入“个人”并完成其挂起的申请），并使用 --yes 安装，要么全部成功，要么全部不做。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>import needs at least one file.</source>
        <translation>import 至少需要一个文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--as takes root, intermediate or auto.</source>
        <translation>--as 只接受 root、intermediate 或 auto。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+20" />
        <location filename="../../app/cli/ImportCommand.cpp" line="+4" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="+22" />
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="+15" />
        <source>--at takes an ISO 8601 time such as 2026-01-31T12:00:00Z.</source>
        <translation>--at 需要 ISO 8601 时间，例如 2026-01-31T12:00:00Z。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+38" />
        <source>Nothing to install.</source>
        <translation>没有要安装的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Installed %n certificate(s).</source>
        <translation>
            <numerusform>已安装 %n 个证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Nothing was changed. Run again with --yes to install %n certificate(s)%1.</source>
        <translation>
            <numerusform>未做任何更改。使用 --yes 再次运行以安装 %n 个证书%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>, trusting the roots shown</source>
        <translation>，并信任所示的根证书</translation>
    </message>
    <message>
        <location line="+7" />
        <source>None of the files holds a certificate that can be imported.</source>
        <translation>这些文件中没有可导入的证书。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Install a CA's certificates (cert.zip, roots, intermediates, server).</source>
        <translation>安装 CA 的证书（cert.zip、根证书、中间证书、服务器证书）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportPfxCommand.cpp" line="-117" />
        <source>
The file contains a root certificate that is not trusted yet:
  %1
  SHA-256 %2
  SHA-1   %3
  valid until %4
Compare the fingerprint with the one your CA publishes. Trust it (install into Trusted Root)? [y/N] </source>
        <translation>
该文件包含一个尚未受信任的根证书：
  %1
  SHA-256 %2
  SHA-1   %3
  有效期至 %4
请将此指纹与 CA 公布的指纹进行比较。是否信任它（安装到“受信任的根证书颁发机构”）？[y/N] </translation>
    </message>
    <message>
        <location line="+13" />
        <source>The .pfx or .p12 file.</source>
        <translation>.pfx 或 .p12 文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Trust the root certificates in the file (install them into Trusted Root) without asking.</source>
        <translation>不经询问，直接信任文件中的根证书（将其安装到“受信任的根证书颁发机构”）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The friendly name (default: the one in the file).</source>
        <translation>友好名称（默认：文件中的名称）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record that the key must not be exported again (honoured by the Windows store; a PEM store keeps every key in a file).</source>
        <translation>记录该私钥不得再次导出（Windows 证书存储会遵守；PEM 证书存储会将每个私钥保存在文件中）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restore a certificate and its private key from a PFX backup into Personal; the CA certificates in the file go to Intermediate and, once you trust them, Trusted Root.</source>
        <translation>从 PFX 备份将证书及其私钥还原到“个人”；文件中的 CA 证书放入“中间证书颁发机构”，并在你信任后放入“受信任的根证书颁发机构”。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>import-pfx takes one file.</source>
        <translation>import-pfx 只接受一个文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PFX password: </source>
        <translation>PFX 密码： </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Personal: %1 with its private key (%2)</source>
        <translation>个人：%1，带私钥（%2）</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+7" />
        <source>%1 (already there)</source>
        <translation>%1（已存在）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (not trusted: run again with --yes after checking its fingerprint, or import it on its own)</source>
        <translation>%1（不受信任：核对其指纹后使用 --yes 再次运行，或单独导入）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Restore a certificate with its private key from a PFX backup.</source>
        <translation>从 PFX 备份还原证书及其私钥。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ListCommand.cpp" line="+15" />
        <source>Only this store: personal, root, intermediate, requests.</source>
        <translation>仅此证书存储：personal、root、intermediate、requests。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>STORE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only certificates that expire within DAYS days (or have expired); for cron jobs.</source>
        <translation>仅显示在 DAYS 天内到期（或已过期）的证书；用于 cron 作业。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+67" />
        <source>List the certificates of the store.</source>
        <translation>列出证书存储中的证书。</translation>
    </message>
    <message>
        <location line="-60" />
        <source>Unknown store %1.</source>
        <translation>未知证书存储 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--expiring takes a number of days.</source>
        <translation>--expiring 需要天数。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>pending</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+10" />
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+44" />
        <source>Usage: certpilot-cli [--store DIR] [--json] COMMAND [options]

Manages TLS server certificates in a CertPilot store (default: %1).

Commands:
</source>
        <translation>用法：certpilot-cli [--store DIR] [--json] COMMAND [options]

管理 CertPilot 证书存储（默认：%1）中的 TLS 服务器证书。

命令：
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>
Run `certpilot-cli COMMAND --help` for a command's options.
Exit codes: 0 success, 1 failure, 2 bad arguments, 3 not trusted, 4 not found.
</source>
        <translation>
运行 `certpilot-cli COMMAND --help` 查看某个命令的选项。
退出码：0 成功，1 失败，2 参数错误，3 不受信任，4 未找到。
</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeCommand.cpp" line="-3" />
        <source>HOST or HOST:PORT (port 443 if none).</source>
        <translation>HOST 或 HOST:PORT（未指定时使用端口 443）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="-59" />
        <source>Thumbprint (SHA-1): %1</source>
        <translation>指纹 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site: %1 (%2, %3)</source>
        <translation>网站：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site: %1 (not reached)</source>
        <translation>网站：%1（未能连接）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The SHA-1 thumbprint of an installed certificate (a unique prefix of 8 or more digits is enough).</source>
        <translation>已安装证书的 SHA-1 指纹（只要前缀唯一，8 位或更多数字即可）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also check the live site at HOST or HOST:PORT (port 443 if none): what it serves, its chain and protocol.</source>
        <translation>同时检查 HOST 或 HOST:PORT（未指定时使用端口 443）上的在线网站：其提供的证书、证书链和协议。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+2" />
        <source>The server name to send (SNI) and check; default: the host.</source>
        <translation>要发送（SNI）并检查的服务器名称；默认：主机。</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+3" />
        <source>Seconds to wait for the connection, and again for the handshake (default 10).</source>
        <translation>等待连接以及等待握手的秒数（默认 10）。</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+2" />
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run the troubleshooting checks for an installed certificate: validity dates, intermediates, trusted root, host name, private key (present, matching, readable), server authentication, key and signature strength; with --host also the live site: the certificate it serves, its chain, the protocol and, for IIS, the HTTP.sys binding. Each check passes, warns, fails or does not apply, with the reason and the fix. Exit code 0 when no check fails (warnings allowed), 3 when one fails (an unreachable site fails too), 4 when the certificate is not found, 2 for bad arguments, 1 when the store cannot be read.</source>
        <translation>对已安装的证书运行故障排除检查：有效日期、中间证书、受信任的根证书、主机名、私钥（是否存在、是否匹配、是否可读取）、服务器身份验证、密钥和签名强度；使用 --host 时还会检查在线网站：其提供的证书、证书链、协议，以及 IIS 的 HTTP.sys 绑定。每项检查的结果为通过、警告、失败或不适用，并附有原因和修复方法。没有检查失败时退出码为 0（允许有警告），有检查失败时为 3（无法连接网站也算失败），找不到证书时为 4，参数错误时为 2，无法读取证书存储时为 1。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>diagnose takes one thumbprint.</source>
        <translation>diagnose 只接受一个指纹。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is a pending request, not a certificate: complete it first (certpilot-cli complete), then diagnose the certificate.</source>
        <translation>%1 是挂起的申请，不是证书：请先完成该申请（certpilot-cli complete），然后再诊断证书。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Run the troubleshooting checks for a certificate and, with --host, its site.</source>
        <translation>对证书运行故障排除检查；使用 --host 时还会检查其网站。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeCommand.cpp" line="+2" />
        <source>The thumbprint of the certificate that should be served (default: the one bound to this site, if recorded).</source>
        <translation>应提供的证书的指纹（默认：已记录的绑定到此网站的证书）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>THUMBPRINT</source>
        <translation>THUMBPRINT</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect to a TLS endpoint like openssl s_client -showcerts and check what it serves against the store: the bound certificate, a complete chain, trust, the host name, dates. Exit code 0 when the chain is complete, trusted and covers the name; 3 when not; 1 when the connection fails.</source>
        <translation>像 openssl s_client -showcerts 一样连接到 TLS 端点，并对照证书存储检查其提供的内容：绑定的证书、完整的证书链、信任、主机名、日期。证书链完整、受信任且涵盖该名称时退出码为 0；否则为 3；连接失败时为 1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>probe takes one HOST[:PORT].</source>
        <translation>probe 只接受一个 HOST[:PORT]。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="-37" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+8" />
        <source>--timeout takes a number of seconds from 0.1 to 600.</source>
        <translation>--timeout 需要 0.1 到 600 之间的秒数。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeCommand.cpp" line="+29" />
        <source>Check a live TLS endpoint against the store.</source>
        <translation>对照证书存储检查线上 TLS 端点。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeReport.cpp" line="+32" />
        <source>Endpoint:  %1 (%2)</source>
        <translation>端点：  %1（%2）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SNI:       %1</source>
        <translation>SNI：   %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protocol:  %1, cipher %2</source>
        <translation>协议：  %1，加密套件 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timing:    connect %1 ms, handshake %2 ms</source>
        <translation>耗时：  连接 %1 ms，握手 %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Served chain (%n certificate(s), in the server's order):</source>
        <translation>
            <numerusform>提供的证书链（%n 个证书，按服务器的顺序）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>     issued by %1, expires %2, SHA-1 %3</source>
        <translation>     颁发者 %1，到期 %2，SHA-1 %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Result: the site serves a complete, trusted chain for %1.</source>
        <translation>结果：网站为 %1 提供了完整且受信任的证书链。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Result: problems found (%n failed check(s)).</source>
        <translation>
            <numerusform>结果：发现问题（%n 项检查失败）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/RemoveCommand.cpp" line="+9" />
        <source>SHA-1 thumbprint or request id.</source>
        <translation>SHA-1 指纹或证书申请 ID。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move a certificate (with its key) or a request to the store's trash. `trash restore` brings it back.</source>
        <translation>将证书（连同私钥）或证书申请移到证书存储的回收站。`trash restore` 可将其恢复。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>remove takes one thumbprint.</source>
        <translation>remove 只接受一个指纹。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Moved to the trash: %1</source>
        <translation>已移到回收站：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list (default) or restore ID.</source>
        <translation>list（默认）或 restore ID。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+29" />
        <source>List the trash, or restore an item from it.</source>
        <translation>列出回收站，或从中还原项目。</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Restored %1</source>
        <translation>已还原 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use `trash list` or `trash restore ID`.</source>
        <translation>请使用 `trash list` 或 `trash restore ID`。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move a certificate or request to the trash.</source>
        <translation>将证书或证书申请移到回收站。</translation>
    </message>
    <message>
        <location filename="../../app/cli/RequestCommand.cpp" line="-119" />
        <source>%1 exists and is not a file; choose another name for the request.</source>
        <translation>%1 已存在且不是文件；请为证书申请选择其他名称。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 exists and is not a certificate request; choose another name (CertPilot replaces only an older request).</source>
        <translation>%1 已存在且不是证书申请；请选择其他名称（CertPilot 只替换旧的证书申请）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The request could not be saved to %1: %2</source>
        <translation>无法将证书申请保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Common name: the site's host name, without http:// (required).</source>
        <translation>公用名：网站的主机名，不含 http://（必填）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organization.</source>
        <translation>组织。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizational unit.</source>
        <translation>组织单位。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City/locality, full name.</source>
        <translation>城市/地点，全称。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State/province, full name.</source>
        <translation>省/市/自治区，全称。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country: 2-letter ISO code, e.g. TW.</source>
        <translation>国家/地区：2 个字母的 ISO 代码，例如 CN。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another DNS name or IP address for the certificate; repeat it or separate names with commas. The common name is always included.</source>
        <translation>证书的其他 DNS 名称或 IP 地址；可重复此选项，或用逗号分隔多个名称。公用名始终包含在内。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Key: rsa:2048 (default), rsa:3072, rsa:4096, ec:P-256, ec:P-384.</source>
        <translation>密钥：rsa:2048（默认）、rsa:3072、rsa:4096、ec:P-256、ec:P-384。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signature hash: sha256 (default), sha384, sha512.</source>
        <translation>签名哈希：sha256（默认）、sha384、sha512。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the request (CSR) to FILE instead of printing it.</source>
        <translation>将证书申请 (CSR) 保存到 FILE，而不是打印出来。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Create a certificate request (CSR) and keep its private key pending in the Requests store until the CA's answer is completed.</source>
        <translation>创建证书申请 (CSR)，并将其私钥挂起保存在“证书申请”存储中，直到用 CA 的答复完成申请。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>request takes options only; unexpected %1.</source>
        <translation>request 只接受选项；意外的参数 %1。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unknown key type %1: use rsa:2048, rsa:3072, rsa:4096, ec:P-256 or ec:P-384.</source>
        <translation>未知密钥类型 %1：请使用 rsa:2048、rsa:3072、rsa:4096、ec:P-256 或 ec:P-384。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown hash %1: use sha256, sha384 or sha512.</source>
        <translation>未知哈希 %1：请使用 sha256、sha384 或 sha512。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Request saved to %1.</source>
        <translation>证书申请已保存到 %1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The private key is pending in the Requests store of %1. Send the request to your CA; when it answers, run: certpilot-cli complete RESPONSE-FILE</source>
        <translation>私钥挂起保存在 %1 的“证书申请”存储中。请将证书申请发送给 CA；收到答复后，运行：certpilot-cli complete RESPONSE-FILE</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Create a certificate request (CSR) with a pending private key.</source>
        <translation>创建带挂起私钥的证书申请 (CSR)。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ShowCommand.cpp" line="+2" />
        <location line="+58" />
        <source>Show every field of a certificate.</source>
        <translation>显示证书的所有字段。</translation>
    </message>
    <message>
        <location line="-55" />
        <source>show takes one thumbprint.</source>
        <translation>show 只接受一个指纹。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Store</source>
        <translation>证书存储</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+11" />
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+16" />
        <source>Alternative names</source>
        <translation>可选名称</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Friendly name</source>
        <translation>友好名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from</source>
        <translation>有效期从</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid to</source>
        <translation>有效期到</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extended key usage</source>
        <translation>增强型密钥用法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes, in the store</source>
        <translation>是，在证书存储中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1 指纹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="-65" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="-52" />
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="+26" />
        <source>Certificate: %1</source>
        <translation>证书：  %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerifyCommand.cpp" line="+1" />
        <source>SHA-1:       %1</source>
        <translation>SHA-1： %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certification path:</source>
        <translation>证书路径：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (trusted root)</source>
        <translation> （受信任的根证书）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Result: trusted. %1</source>
        <translation>结果：受信任。%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result: NOT trusted. %1</source>
        <translation>结果：不受信任。%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A thumbprint from the store, or a certificate file (extra certificates in the file are used as intermediates).</source>
        <translation>证书存储中的指纹，或证书文件（文件中的其他证书用作中间证书）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+39" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="+2" />
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="-42" />
        <source>Check at this time (ISO 8601) instead of now.</source>
        <translation>按此时间（ISO 8601）而不是当前时间检查。</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerifyCommand.cpp" line="+2" />
        <source>Also check that the certificate covers this host name or IP address.</source>
        <translation>同时检查证书是否涵盖此主机名或 IP 地址。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the chain, as the certificate list shows it: no server-purpose, RFC 5280 or key-strength rules.</source>
        <translation>仅检查证书链，与证书列表中显示的一致：不应用服务器用途、RFC 5280 或密钥强度规则。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check a certificate's chain against the store. Exit code 0 only when it is trusted and valid, 3 when it is not.</source>
        <translation>对照证书存储检查证书的证书链。仅当证书受信任且有效时退出码为 0，否则为 3。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>verify takes one thumbprint or file.</source>
        <translation>verify 只接受一个指纹或文件。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 holds no certificate.</source>
        <translation>%1 中没有证书。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>That is a pending request, not a certificate.</source>
        <translation>这是挂起的申请，不是证书。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Check a certificate's chain (store thumbprint or file).</source>
        <translation>检查证书的证书链（证书存储中的指纹或文件）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="-1" />
        <source>The SHA-1 thumbprint of a certificate in Personal.</source>
        <translation>“个人”中证书的 SHA-1 指纹。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check an installed server certificate as an administrator would: dates, private key, certification path, server authentication, key and signature strength. Exit code 0 when nothing fails, 3 when a check fails.</source>
        <translation>以管理员的方式检查已安装的服务器证书：日期、私钥、证书路径、服务器身份验证、密钥和签名强度。没有检查失败时退出码为 0，有检查失败时为 3。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>verify-install takes one thumbprint.</source>
        <translation>verify-install 只接受一个指纹。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Check an installed server certificate: dates, key, path, purpose, strength.</source>
        <translation>检查已安装的服务器证书：日期、私钥、路径、用途、强度。</translation>
    </message>
</context>
<context>
    <name>CompleteRequest</name>
    <message>
        <location filename="../../model/request/CompleteRequest.cpp" line="+40" />
        <source>%1 (%2, requested %3, id %4)</source>
        <translation>%1（%2，申请于 %3，ID %4）</translation>
    </message>
    <message>
        <location line="+22" />
        <source>There are no pending requests in the store %1.</source>
        <translation>证书存储 %1 中没有挂起的申请。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Searched %n pending request(s) in the store %1:</source>
        <translation>
            <numerusform>已在证书存储 %1 中搜索 %n 个挂起的申请：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ……以及另外 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>No private key in this store belongs to the certificate for %1 (issued by %2), so the request cannot be completed.</source>
        <translation>此证书存储中没有属于 %1 证书（由 %2 颁发）的私钥，因此无法完成证书申请。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate is already in Personal, but without its private key.</source>
        <translation>该证书已在“个人”中，但没有私钥。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A certificate can only be completed where its request was made, because the private key never leaves that place. Either the request was made on another server or in another store, or its pending key was lost (deleted, or the server was reinstalled).</source>
        <translation>证书只能在创建其证书申请的位置完成，因为私钥从不离开该位置。可能是证书申请在其他服务器或其他证书存储中创建，或者其挂起的私钥已丢失（被删除，或服务器已重装）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What you can do:
  - If you have a PFX backup that holds this certificate's private key, import it.
  - Otherwise create a new request and ask the CA to re-issue the certificate for it (usually free, but the CA's checks can take days).</source>
        <translation>你可以：
  - 如果有包含此证书私钥的 PFX 备份，请导入它。
  - 否则，请创建新的证书申请，并请 CA 据此重新颁发证书（通常免费，但 CA 的审核可能需要数天）。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+157" />
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location line="-155" />
        <source>certificate %1, public key id %2</source>
        <translation>证书 %1，公钥 ID %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This is a PFX file, a backup that already holds a certificate with its private key: import it instead. Nothing was changed.</source>
        <translation>这是 PFX 文件，即已包含证书及其私钥的备份：请改为导入它。未做任何更改。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This file is a certificate request (CSR): what you send to the CA, not what it sends back. Choose the certificate file the CA sent (often server.cer, or a .crt file). Nothing was changed.</source>
        <translation>此文件是证书申请 (CSR)：它是你发送给 CA 的文件，而不是 CA 发回的文件。请选择 CA 发送的证书文件（通常是 server.cer 或 .crt 文件）。未做任何更改。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file holds no certificate. Choose the certificate file the CA sent (often server.cer, or a .crt file). Nothing was changed.</source>
        <translation>该文件中没有证书。请选择 CA 发送的证书文件（通常是 server.cer 或 .crt 文件）。未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>A friendly name can have at most %n characters.</source>
        <translation>
            <numerusform>友好名称最多可包含 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>A friendly name cannot contain control or invisible formatting characters.</source>
        <translation>友好名称不能包含控制字符或不可见的格式字符。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the certificate file the CA sent.</source>
        <translation>请选择 CA 发送的证书文件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1：%2 未做任何更改。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The response holds no certificate. Choose the certificate file the CA sent.</source>
        <translation>响应中没有证书。请选择 CA 发送的证书文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>The files hold certificates for %n different pending requests (%1). Complete them one at a time. Nothing was changed.</source>
        <translation>
            <numerusform>这些文件包含对应 %n 个不同挂起的申请的证书（%1）。请逐个完成。未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>The files hold only CA certificates (%1), no server certificate. Choose the server certificate the CA sent too (often server.cer). Nothing was changed.</source>
        <translation>这些文件只包含 CA 证书（%1），没有服务器证书。请同时选择 CA 发送的服务器证书（通常是 server.cer）。未做任何更改。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This certificate was completed already: %1 is in Personal with its private key.</source>
        <translation>此证书已完成：%1 已连同私钥位于“个人”中。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This certificate was completed already: %1 is in Personal as "%2", with its private key.</source>
        <translation>此证书已完成：%1 已以“%2”连同私钥位于“个人”中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A pending request for the same key is still listed; you can delete it.</source>
        <translation>同一私钥的挂起的申请仍在列表中；可以将其删除。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The private key for %1 cannot be read: %2 Nothing was changed.</source>
        <translation>无法读取 %1 的私钥：%2 未做任何更改。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The stored private key does not match %1 although its public key id does; the key file may be damaged. Nothing was changed.</source>
        <translation>存储的私钥与 %1 不匹配，尽管其公钥 ID 一致；私钥文件可能已损坏。未做任何更改。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The request was not completed: %1</source>
        <translation>证书申请未完成：%1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Certificate: %1, issued by %2, valid until %3.</source>
        <translation>证书：%1，颁发者 %2，有效期至 %3。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Private key: the one already in Personal with the earlier certificate %1 (a re-issue).</source>
        <translation>私钥：已在“个人”中、与之前的证书 %1 一起的私钥（重新颁发）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Private key: from the pending request %1.</source>
        <translation>私钥：来自挂起的申请 %1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moved into Personal with its private key.</source>
        <translation>已连同私钥移入“个人”。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goes into Personal with its private key.</source>
        <translation>将连同私钥移入“个人”。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Friendly name: %1</source>
        <translation>友好名称：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Added to Intermediate Certification Authorities: %1</source>
        <translation>已添加到“中间证书颁发机构”：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Will be added to Intermediate Certification Authorities: %1</source>
        <translation>将添加到“中间证书颁发机构”：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Already installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Root already trusted: %1</source>
        <translation>根证书已受信任：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Root not installed: %1 (SHA-256 %2). Trusting a root is your decision: compare this fingerprint with the CA's, then import the root into Trusted Root Certification Authorities.</source>
        <translation>根证书未安装：%1 (SHA-256 %2)。是否信任根证书由你决定：请将此指纹与 CA 的指纹比较，然后将根证书导入“受信任的根证书颁发机构”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not used (for other keys): %1</source>
        <translation>未使用（属于其他私钥）：%1</translation>
    </message>
</context>
<context>
    <name>ConfigFileBinder</name>
    <message>
        <location filename="../../platform/binding/ConfigFileBinder.cpp" line="+110" />
        <source>A binding needs a certificate and its private key.</source>
        <translation>绑定需要证书及其私钥。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key does not belong to %1, so the server would refuse it. Bind the certificate with its own key.</source>
        <translation>私钥不属于 %1，服务器会拒绝它。请使用证书自己的私钥进行绑定。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The site's current files (%1) stay where they are, untouched.</source>
        <translation>网站当前的文件（%1）保留原处，不做改动。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 changed since the preview was made. Nothing was changed; review the binding again.</source>
        <translation>%1 在生成预览后已更改。未做任何更改；请重新检查绑定。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 serves the new certificate (%2).</source>
        <translation>%1 提供新证书（%2）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The live site was not checked.</source>
        <translation>未检查线上网站。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The server's configuration test (%1) failed:
%2%3</source>
        <translation>服务器的配置测试（%1）失败：
%2%3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 cannot be read back.</source>
        <translation>无法回读 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The key file %1 does not belong to the certificate; the server would refuse it.</source>
        <translation>私钥文件 %1 不属于该证书；服务器会拒绝它。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not hold the certificate after writing it.</source>
        <translation>写入后，%1 中没有该证书。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reloading the server (%1) failed:
%2</source>
        <translation>重新加载服务器（%1）失败：
%2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>After the reload, %1 could not be checked: %2</source>
        <translation>重新加载后，无法检查 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>After the reload, %1 still serves another certificate (%2, SHA-1 %3), not the new one. The reload may not have reached the server that answers there, or the configuration test and reload commands manage another server.</source>
        <translation>重新加载后，%1 仍提供另一个证书（%2，SHA-1 %3），而不是新证书。重新加载可能未到达在该处应答的服务器，或者配置测试和重新加载命令管理的是另一台服务器。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The previous files and configuration were restored and the server was reloaded with them.</source>
        <translation>已还原之前的文件和配置，并已用它们重新加载服务器。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The previous files and configuration were restored, but reloading the server failed: %1</source>
        <translation>已还原之前的文件和配置，但重新加载服务器失败：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The previous files and configuration were restored; the server never loaded the change, so it was not reloaded.</source>
        <translation>已还原之前的文件和配置；服务器从未加载该更改，因此未重新加载。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Binding failed at "%1". %2

%3</source>
        <translation>绑定在“%1”步骤失败。%2

%3</translation>
    </message>
</context>
<context>
    <name>Conversions</name>
    <message>
        <location filename="../../model/pfx/Conversions.cpp" line="+27" />
        <source>The private key is encrypted: give its password.</source>
        <translation>私钥已加密：请提供其密码。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 过大，不可能是证书文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>The input holds %n private keys; convert one at a time.</source>
        <translation>
            <numerusform>输入包含 %n 个私钥；请一次转换一个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>The private key belongs to none of the certificates.</source>
        <translation>该私钥不属于任何证书。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The input holds no certificate and no key.</source>
        <translation>输入中既没有证书也没有私钥。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a password for the private key, or choose to write it unencrypted.</source>
        <translation>请为私钥提供密码，或选择以不加密方式写入。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PEM bundle</source>
        <translation>PEM 包</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>A DER file holds exactly one certificate; the input holds %n certificate(s)%1. Convert to PEM, or export a .p7b bundle, instead.</source>
        <translation>
            <numerusform>一个 DER 文件只能包含一个证书；输入包含 %n 个证书%1。请改为转换为 PEM，或导出 .p7b 包。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source> and a private key</source>
        <translation>和一个私钥</translation>
    </message>
    <message>
        <location line="+1" />
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A PFX file needs the private key: give the key file with --key.</source>
        <translation>PFX 文件需要私钥：请用 --key 提供私钥文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A PFX file needs the certificate that belongs to the key.</source>
        <translation>PFX 文件需要与私钥对应的证书。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>PFX</source>
        <translation>PFX</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown conversion.</source>
        <translation>未知的转换。</translation>
    </message>
</context>
<context>
    <name>CreateRequest</name>
    <message>
        <location filename="../../model/request/CreateRequest.cpp" line="+22" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The new request does not verify with its own key, so it was not kept. Try again; if it fails again, report a bug.</source>
        <translation>新证书申请无法用其自身的私钥验证，因此未保留。请重试；如果再次失败，请报告错误。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The request was not created, because its private key could not be kept in the store: %1</source>
        <translation>未创建证书申请，因为其私钥无法保存到证书存储中：%1</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <location filename="../../model/CsrBuilder.cpp" line="+29" />
        <source>The request could not be created: %1</source>
        <translation>无法创建证书申请：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no key</source>
        <translation>无私钥</translation>
    </message>
    <message>
        <location line="+12" />
        <source>subject field %1</source>
        <translation>使用者字段 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location line="+16" />
        <source>extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown hash %1</source>
        <translation>未知哈希 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../../ui/DeleteCommand.cpp" line="+22" />
        <source>Delete the request for “%1”?</source>
        <translation>删除“%1”的证书申请？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete “%1” from %2?</source>
        <translation>从 %2 中删除“%1”？</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Its pending private key goes with it: the certificate the CA issues for this request cannot be completed without it.</source>
        <translation>其挂起的私钥将一并删除：没有它，就无法完成 CA 为此证书申请颁发的证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This certificate has a private key, and the key is deleted with it. Without the key no server can use the certificate; if there is no backup (PFX), the only cure is a new request and a re-issue by the CA.</source>
        <translation>此证书带有私钥，私钥将一并删除。没有私钥，任何服务器都无法使用该证书；如果没有备份 (PFX)，唯一的办法是创建新的证书申请并由 CA 重新颁发。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Certificates issued under this root will no longer be trusted.</source>
        <translation>此根证书下颁发的证书将不再受信任。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificates issued by this CA may no longer verify.</source>
        <translation>此 CA 颁发的证书可能无法再通过验证。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is moved to the store's trash and can be restored from View &gt; Show Trash.</source>
        <translation>它会被移到证书存储的回收站，可从“查看 &gt; 显示回收站”中还原。</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+13" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../model/DemoData.cpp" line="+112" />
        <source>Example web site 2026</source>
        <translation>示例网站 2026</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Old site (expired)</source>
        <translation>旧网站（已过期）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <location line="+2" />
        <source>API (key on another server)</source>
        <translation>API（私钥在另一台服务器上）</translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message numerus="yes">
        <location filename="../../model/diagnostics/DiagnosisReport.cpp" line="+40" />
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n 项检查失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No check failed</source>
        <translation>没有检查失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every check passed</source>
        <translation>所有检查均已通过</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n passed</source>
        <translation>
            <numerusform>%n 项通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n 项不适用</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <location filename="../../model/diagnostics/Diagnosis.cpp" line="+25" />
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+4" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>Diagnostician</name>
    <message>
        <location filename="../../model/diagnostics/Diagnostician.cpp" line="+21" />
        <source>No certificate with thumbprint %1 is in the store. It may have been deleted or moved: refresh the list and choose an installed certificate.</source>
        <translation>存储中没有指纹为 %1 的证书。它可能已被删除或移动：请刷新列表，然后选择已安装的证书。</translation>
    </message>
</context>
<context>
    <name>EndpointChecks</name>
    <message>
        <location filename="../../model/diagnostics/EndpointChecks.cpp" line="+22" />
        <location line="+60" />
        <source>Needs the live site: give its host name (and port) to check what it serves.</source>
        <translation>需要在线网站：请提供其主机名（和端口）以检查它提供的内容。</translation>
    </message>
    <message>
        <location line="-56" />
        <location line="+58" />
        <location line="+96" />
        <source>The site was not checked.</source>
        <translation>未检查网站。</translation>
    </message>
    <message>
        <location line="-149" />
        <source>%1 could not be checked (see "Site serves this certificate").</source>
        <translation>无法检查 %1（参见“网站提供此证书”）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Serve the full chain: nginx ssl_certificate with fullchain.pem (the certificate, then the intermediates); Apache SSLCertificateFile with the chain appended, or SSLCertificateChainFile; IIS: install the intermediates in Intermediate Certification Authorities on the server and restart it. A binding made by CertPilot writes the full chain.</source>
        <translation>请提供完整证书链：nginx 的 ssl_certificate 使用 fullchain.pem（先是证书，然后是中间证书）；Apache 的 SSLCertificateFile 附加证书链，或使用 SSLCertificateChainFile；IIS：在服务器上将中间证书安装到“中间证书颁发机构”中，然后重新启动服务器。由 CertPilot 创建的绑定会写入完整证书链。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>TLS protocol version</source>
        <translation>TLS 协议版本</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The protocol version was not reported.</source>
        <translation>未报告协议版本。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 negotiated %2 although TLS 1.2 and 1.3 were offered: it supports only outdated protocols, which current browsers refuse.</source>
        <translation>虽然提供了 TLS 1.2 和 1.3，%1 仍协商使用了 %2：它只支持过时的协议，当前浏览器会拒绝这些协议。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enable TLS 1.2 and 1.3 and disable the older versions: nginx ssl_protocols TLSv1.2 TLSv1.3; Apache SSLProtocol -all +TLSv1.2 +TLSv1.3; Windows: enable TLS 1.2 under SCHANNEL\Protocols and restart.</source>
        <translation>请启用 TLS 1.2 和 1.3 并禁用旧版本：nginx 为 ssl_protocols TLSv1.2 TLSv1.3;；Apache 为 SSLProtocol -all +TLSv1.2 +TLSv1.3；Windows 需在 SCHANNEL\Protocols 下启用 TLS 1.2 并重新启动。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 negotiated %2 (%3).</source>
        <translation>%1 协商使用了 %2（%3）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Site serves this certificate</source>
        <translation>网站提供此证书</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 could not be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the host name and port, that the web server runs and listens for https there, and that no firewall blocks the port.</source>
        <translation>请检查主机名和端口，确认 Web 服务器正在运行并在该端口上侦听 https，并且没有防火墙阻止该端口。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 sent no certificate.</source>
        <translation>%1 未发送证书。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind this certificate to the site and reload the web server.</source>
        <translation>请将此证书绑定到网站，然后重新加载 Web 服务器。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 serves this certificate (SHA-1 %2).</source>
        <translation>%1 提供的是此证书（SHA-1 %2）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 serves a different certificate: %2, valid until %3, SHA-1 %4.</source>
        <translation>%1 提供的是另一个证书：%2，有效期至 %3，SHA-1 %4。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It has the same key as this one.</source>
        <translation>它与此证书的密钥相同。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is older than this one: the site still serves the previous certificate.</source>
        <translation>它比此证书旧：网站仍在提供之前的证书。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This certificate was bound to %1 on %2.</source>
        <translation>此证书已于 %2 绑定到 %1。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CertPilot recorded this site as bound to another certificate (SHA-1 %1).</source>
        <translation>CertPilot 记录的此网站绑定的是另一个证书（SHA-1 %1）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reload or restart the web server so it reads the new files. If several servers sit behind a load balancer, install and bind on each one; if a load balancer, CDN or web application firewall in front holds its own copy, upload the certificate there too; and make sure the host name points at the server you updated (ask the hosting provider if it is outsourced).</source>
        <translation>请重新加载或重新启动 Web 服务器，使其读取新文件。如果负载均衡器后有多台服务器，请在每台服务器上安装并绑定；如果前端的负载均衡器、CDN 或 Web 应用防火墙保存了自己的证书副本，也请将证书上传到那里；并确保主机名指向你更新的服务器（如果托管已外包，请询问托管服务商）。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>HTTP.sys SSL binding (IIS)</source>
        <translation>HTTP.sys SSL 绑定（IIS）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>HTTP.sys binding %1 has no certificate hash, so HTTPS on port %2 fails for the clients it answers.</source>
        <translation>HTTP.sys 绑定 %1 没有证书哈希，因此它所响应的客户端在端口 %2 上的 HTTPS 会失败。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bind the certificate again in IIS Manager (Edit Bindings), or delete the broken entry (netsh http delete sslcert) and add it with certhash=%1.</source>
        <translation>请在 IIS 管理器中重新绑定证书（编辑绑定），或删除损坏的条目（netsh http delete sslcert），再以 certhash=%1 重新添加。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>HTTP.sys binds this certificate at %1.</source>
        <translation>HTTP.sys 已在 %1 绑定此证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>HTTP.sys has SSL bindings (%1), none of them with this certificate.</source>
        <translation>HTTP.sys 有 SSL 绑定（%1 个），但没有一个使用此证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>If a site should use it, bind it in IIS Manager (Edit Bindings &gt; https) or with Site &gt; Bind to Site, then give the site's host name here to check it.</source>
        <translation>如果某个网站应使用它，请在 IIS 管理器中绑定（编辑绑定 &gt; https），或使用“网站 &gt; 绑定到网站”，然后在此处输入网站的主机名进行检查。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Applies to IIS (HTTP.sys) on Windows: no IIS binding is recorded for this certificate or this site.</source>
        <translation>适用于 Windows 上的 IIS（HTTP.sys）：没有为此证书或此网站记录 IIS 绑定。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the site's host name to compare what HTTP.sys serves with the IIS binding.</source>
        <translation>请提供网站的主机名，以便将 HTTP.sys 提供的证书与 IIS 绑定进行比较。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>An IIS binding is recorded, but %1 could not be checked: %2</source>
        <translation>已记录 IIS 绑定，但无法检查 %1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the HTTP.sys binding exists (netsh http show sslcert) and that no other process holds port %1 (netstat -ano).</source>
        <translation>请检查 HTTP.sys 绑定是否存在（netsh http show sslcert），以及是否有其他进程占用端口 %1（netstat -ano）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>HTTP.sys serves the certificate bound in IIS.</source>
        <translation>HTTP.sys 提供的是 IIS 中绑定的证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An IIS binding of this certificate is recorded, but %1 serves another one (SHA-1 %2). An IP:port or 0.0.0.0:%3 binding takes precedence over the site's host-name (SNI) binding, or the binding has an empty certificate hash or an all-zero application ID.</source>
        <translation>已记录此证书的 IIS 绑定，但 %1 提供的是另一个证书（SHA-1 %2）。可能是 IP:port 或 0.0.0.0:%3 绑定优先于网站的主机名（SNI）绑定，也可能是该绑定的证书哈希为空或应用程序 ID 全为零。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run netsh http show sslcert. Delete the IP:port or 0.0.0.0:%1 entry that overrides the site (netsh http delete sslcert ipport=0.0.0.0:%1) or point it at certificate hash %2, then bind again. If another process holds port %1 (netstat -ano), stop it.</source>
        <translation>请运行 netsh http show sslcert。删除覆盖该网站的 IP:port 或 0.0.0.0:%1 条目（netsh http delete sslcert ipport=0.0.0.0:%1），或将其指向证书哈希 %2，然后重新绑定。如果有其他进程占用端口 %1（netstat -ano），请将其停止。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Site serves the full chain</source>
        <translation>网站提供完整证书链</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the site served was not analysed.</source>
        <translation>未分析网站提供的内容。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 sends only its own certificate (one certificate in openssl s_client -showcerts). Clients that do not have %2 cached, often phones, report an unknown issuer while desktop browsers work.</source>
        <translation>%1 只发送了自身的证书（openssl s_client -showcerts 中只有一个证书）。未缓存 %2 的客户端（常见于手机）会报告颁发者未知，而桌面浏览器则正常。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 sends its certificate but not the intermediate certificate(s) %2.</source>
        <translation>%1 发送了其证书，但没有发送中间证书 %2。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 does not send the issuer of its certificate (%2), and the store does not have it either.</source>
        <translation>%1 没有发送其证书的颁发者（%2），证书存储中也没有该颁发者。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import the intermediate certificates from your CA, add them to the served chain file after the certificate, and reload the server.</source>
        <translation>请导入 CA 提供的中间证书，将它们添加到所提供的证书链文件中（放在证书之后），然后重新加载服务器。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 sends %n certificate(s): the chain is complete.</source>
        <translation>
            <numerusform>%1 发送了 %n 个证书：证书链完整。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryLookup</name>
    <message>
        <location filename="../../app/cli/EntryLookup.cpp" line="+21" />
        <source>Give at least 8 digits of the thumbprint (see `certpilot-cli list`).</source>
        <translation>请至少提供指纹的 8 位（参见 `certpilot-cli list`）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No certificate or request with thumbprint %1 is in the store.</source>
        <translation>证书存储中没有指纹为 %1 的证书或证书申请。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 matches %n items; give more digits.</source>
        <translation>
            <numerusform>%1 匹配 %n 个项目；请提供更多位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFileWriter</name>
    <message>
        <location filename="../../model/pfx/ExportFileWriter.cpp" line="+24" />
        <source>There is no space left to write %1. Free some disk space and export again.</source>
        <translation>没有足够的空间写入 %1。请释放一些磁盘空间后重新导出。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You are not allowed to write %1. Choose another folder.</source>
        <translation>你没有写入 %1 的权限。请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 already exists. Choose another name or folder; nothing was written.</source>
        <translation>%1 已存在。请选择其他名称或文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>ExportFormatText</name>
    <message>
        <location filename="../../model/pfx/ExportRequest.cpp" line="+53" />
        <source>Personal Information Exchange - PKCS #12 (.pfx), with the private key</source>
        <translation>个人信息交换 - PKCS #12 (.pfx)，含私钥</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate only, DER encoded binary X.509 (.cer)</source>
        <translation>仅证书，DER 编码二进制 X.509 (.cer)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate only, Base-64 encoded X.509 (.cer)</source>
        <translation>仅证书，Base64 编码 X.509 (.cer)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cryptographic Message Syntax Standard - PKCS #7 (.p7b), certificate and chain</source>
        <translation>加密消息语法标准 - PKCS #7 (.p7b)，证书和证书链</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nginx: fullchain.pem and privkey.pem</source>
        <translation>nginx：fullchain.pem 和 privkey.pem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Apache: cert.pem, chain.pem and privkey.pem</source>
        <translation>Apache：cert.pem、chain.pem 和 privkey.pem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Private key only, PKCS #8 (.key)</source>
        <translation>仅私钥，PKCS #8 (.key)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A password-protected backup of the certificate and its private key, which Windows (IIS), Java and other servers import.</source>
        <translation>受密码保护的证书及其私钥备份，可导入 Windows (IIS)、Java 和其他服务器。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The public certificate alone, to hand to others. It contains no secret.</source>
        <translation>仅公开证书，用于提供给他人。不含任何机密。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The certificate and the CA certificates of its chain in one file, no private key.</source>
        <translation>证书及其证书链中的 CA 证书，合为一个文件，不含私钥。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For ssl_certificate (the certificate followed by its intermediates, no root) and ssl_certificate_key.</source>
        <translation>用于 ssl_certificate（证书后跟其中间证书，不含根证书）和 ssl_certificate_key。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For SSLCertificateFile, SSLCertificateChainFile and SSLCertificateKeyFile.</source>
        <translation>用于 SSLCertificateFile、SSLCertificateChainFile 和 SSLCertificateKeyFile。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key alone, encrypted with a password unless you choose otherwise.</source>
        <translation>仅私钥，默认使用密码加密，除非你另行选择。</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../model/pfx/ExportJob.cpp" line="+57" />
        <source>%1 was written, but reading it back failed: %2</source>
        <translation>已写入 %1，但回读失败：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was written, but it does not hold what was asked for.</source>
        <translation>已写入 %1，但其内容与要求不符。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 opens with the password. It holds the private key (%2), which matches the certificate, and the certificates %3.</source>
        <translation>%1 可使用该密码打开。它包含与证书匹配的私钥（%2），以及证书 %3。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be read back.</source>
        <translation>无法回读 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was written, but the key in it cannot be read back.</source>
        <translation>已写入 %1，但无法回读其中的私钥。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the private key (%2), %3; it matches the certificate.</source>
        <translation>%1：私钥（%2），%3；与证书匹配。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>encrypted with the password</source>
        <translation>已使用密码加密</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NOT encrypted, readable only by you</source>
        <translation>未加密，仅你可读</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was written, but it cannot be read back.</source>
        <translation>已写入 %1，但无法回读。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 holds the certificate %2.</source>
        <translation>%1 包含证书 %2。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 holds the certificates %2.</source>
        <translation>%1 包含证书 %2。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The chain is incomplete: the issuer "%1" is not in the store, so it is not in the export. Import the CA's intermediate certificates and export again.</source>
        <translation>证书链不完整：颁发者“%1”不在证书存储中，因此不在导出内容中。请导入 CA 的中间证书后重新导出。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The private key file is not encrypted. It is readable only by you (0600); keep it that way.</source>
        <translation>私钥文件未加密。它仅你可读 (0600)；请保持此设置。</translation>
    </message>
</context>
<context>
    <name>FileDecoder</name>
    <message>
        <location filename="../../model/FileDecoder.cpp" line="+113" />
        <source>A certificate in the file is damaged.</source>
        <translation>文件中的某个证书已损坏。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The PKCS#7 bundle in the file is damaged.</source>
        <translation>文件中的 PKCS#7 包已损坏。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The file contains a damaged PEM block (the Base64 text between -----BEGIN and -----END is incomplete or altered). Copy the whole block again, including the BEGIN and END lines.</source>
        <translation>文件包含损坏的 PEM 块（-----BEGIN 与 -----END 之间的 Base64 文本不完整或已被修改）。请重新复制整个块，包括 BEGIN 和 END 行。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file holds more than %1 items; CertPilot stops there to stay responsive. Split the file into smaller bundles.</source>
        <translation>文件包含超过 %1 个项目；CertPilot 到此为止以保持响应。请将文件拆分为较小的包。</translation>
    </message>
    <message>
        <location line="+87" />
        <source>This is not a certificate file: it is neither PEM text (-----BEGIN CERTIFICATE-----) nor a binary DER certificate, PKCS#7 bundle, request or key. Check that you chose the file your CA sent.</source>
        <translation>这不是证书文件：它既不是 PEM 文本 (-----BEGIN CERTIFICATE-----)，也不是二进制 DER 证书、PKCS#7 包、证书申请或私钥。请检查是否选择了 CA 发送的文件。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The file ends early: it starts like a binary (DER) certificate, bundle or key file, but the rest is missing. Download or copy the file again, or ask the sender for a new copy.</source>
        <translation>文件提前结束：它的开头像是二进制（DER）证书、证书包或密钥文件，但其余部分缺失。请重新下载或复制该文件，或请发送者重新提供一份。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a certificate file.</source>
        <translation>%1 是文件夹，不是证书文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file %1 is %2 MB. Certificate files are a few kilobytes; CertPilot does not read files over %3 MB. Check that you chose the right file.</source>
        <translation>文件 %1 大小为 %2 MB。证书文件只有几 KB；CertPilot 不读取超过 %3 MB 的文件。请检查是否选择了正确的文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file %1 is too large.</source>
        <translation>文件 %1 过大。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The data is too large to be a certificate file.</source>
        <translation>数据过大，不可能是证书文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is empty. Save the certificate again or ask the sender for a new copy.</source>
        <translation>文件为空。请重新保存证书，或向发送者索取新副本。</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../ui/FileDialog.cpp" line="+29" />
        <source>Import Certificates</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Certificates, keys and CA archives (*.cer *.crt *.pem *.der *.p7b *.p7c *.key *.zip)</source>
        <translation>证书、私钥和 CA 压缩包 (*.cer *.crt *.pem *.der *.p7b *.p7c *.key *.zip)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FileJournal</name>
    <message>
        <location filename="../../platform/binding/FileJournal.cpp" line="+67" />
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1: the folder is not empty or cannot be removed</source>
        <translation>%1：文件夹不为空或无法删除</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: cannot be removed</source>
        <translation>%1：无法删除</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Some files could not be put back. Restore them by hand:
%1</source>
        <translation>某些文件无法恢复。请手动还原：
%1</translation>
    </message>
</context>
<context>
    <name>IisBinder</name>
    <message>
        <location filename="../../platform/windows/IisBinder.cpp" line="+56" />
        <source>Reading the HTTP.sys SSL bindings</source>
        <translation>正在读取 HTTP.sys SSL 绑定</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Choose an HTTP.sys endpoint: an IP address and port (0.0.0.0:443) or a host name and port (www.example.com:443).</source>
        <translation>请选择 HTTP.sys 端点：IP 地址和端口 (0.0.0.0:443) 或主机名和端口 (www.example.com:443)。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no certificate to bind.</source>
        <translation>没有要绑定的证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key does not belong to this certificate.</source>
        <translation>该私钥不属于此证书。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening Personal (MY)</source>
        <translation>正在打开“个人”(MY)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>HTTP.sys takes certificates from the Local Computer's Personal store, and this one is not there. Import it (with its private key) into Personal first.</source>
        <translation>HTTP.sys 从本地计算机的“个人”存储中获取证书，而此证书不在其中。请先将其（连同私钥）导入“个人”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate in Personal has no private key, so HTTP.sys cannot use it. Complete the request on this computer, or import the PFX that has the key.</source>
        <translation>“个人”中的证书没有私钥，因此 HTTP.sys 无法使用它。请在此计算机上完成证书申请，或导入包含私钥的 PFX。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>read the binding back from HTTP.sys</source>
        <translation>从 HTTP.sys 回读绑定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none: HTTP.sys uses a new binding at once</source>
        <translation>无：HTTP.sys 会立即使用新绑定</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaces the HTTP.sys binding %1, which used certificate %2.</source>
        <translation>替换 HTTP.sys 绑定 %1，该绑定原使用证书 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Adds the HTTP.sys binding %1.</source>
        <translation>添加 HTTP.sys 绑定 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The intermediate %1 is not in Intermediate Certification Authorities, so HTTP.sys cannot send it. Import it there first.</source>
        <translation>中间证书 %1 不在“中间证书颁发机构”中，因此 HTTP.sys 无法发送它。请先将其导入该存储。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Removing the new binding</source>
        <translation>正在删除新绑定</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Putting the old binding back</source>
        <translation>正在恢复旧绑定</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This plan was not made for IIS.</source>
        <translation>此计划不是为 IIS 制定的。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The previous binding is back.</source>
        <translation>之前的绑定已恢复。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The previous binding was put back.</source>
        <translation>之前的绑定已恢复。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous binding could not be put back: %1</source>
        <translation>无法恢复之前的绑定：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>HTTP.sys takes the certificate from the store.</source>
        <translation>HTTP.sys 从证书存储中获取证书。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The HTTP.sys binding changed since the preview. Nothing was changed; plan the binding again.</source>
        <translation>HTTP.sys 绑定在预览后已更改。未做任何更改；请重新规划绑定。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Removing the old binding</source>
        <translation>正在删除旧绑定</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Adding the binding</source>
        <translation>正在添加绑定</translation>
    </message>
    <message>
        <location line="+10" />
        <source>HTTP.sys accepted the binding but does not list it afterwards.</source>
        <translation>HTTP.sys 接受了绑定，但之后未列出该绑定。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>HTTP.sys uses the new binding at once.</source>
        <translation>HTTP.sys 会立即使用新绑定。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 still serves another certificate (%2). Is another binding answering first?</source>
        <translation>%1 仍提供另一个证书（%2）。是否有其他绑定先应答？</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 serves the new certificate (%2).</source>
        <translation>%1 提供新证书（%2）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The live site was not checked.</source>
        <translation>未检查线上网站。</translation>
    </message>
</context>
<context>
    <name>IisSiteMapping</name>
    <message>
        <location filename="../../platform/windows/IisSiteMapping.cpp" line="+75" />
        <source>HTTP.sys binding %1 has no certificate hash, so HTTPS on it fails. Bind a certificate to it, or delete it (netsh http delete sslcert).</source>
        <translation>HTTP.sys 绑定 %1 没有证书哈希，因此其上的 HTTPS 会失败。请为其绑定证书，或将其删除 (netsh http delete sslcert)。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>HTTP.sys binding %1 has a certificate hash that is not a SHA-1 thumbprint. Bind the certificate again.</source>
        <translation>HTTP.sys 绑定 %1 的证书哈希不是 SHA-1 指纹。请重新绑定证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>HTTP.sys binding %1 has an all-zero application id, left by a broken tool. Bind it again so it carries IIS' application id.</source>
        <translation>HTTP.sys 绑定 %1 的应用程序 ID 全为零，是由有缺陷的工具留下的。请重新绑定，使其带有 IIS 的应用程序 ID。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>HTTP.sys binding %1 answers on every address of its port, so clients without SNI (and some tools) get its certificate instead of the one bound to %2. Give it the same certificate, or delete it if the port should serve host names only.</source>
        <translation>HTTP.sys 绑定 %1 在其端口的所有地址上应答，因此不支持 SNI 的客户端（以及某些工具）会得到它的证书，而不是绑定到 %2 的证书。请为其设置相同的证书；如果该端口只应服务主机名，请将其删除。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>HTTP.sys binding %1 names a certificate that is not in the store, so HTTPS on it fails. Bind an installed certificate to it.</source>
        <translation>HTTP.sys 绑定 %1 指定的证书不在证书存储中，因此其上的 HTTPS 会失败。请为其绑定一个已安装的证书。</translation>
    </message>
</context>
<context>
    <name>ImportLibraryContext</name>
    <message>
        <location filename="../../model/pfx/ImportLibraryContext.cpp" line="+49" />
        <source>The file is protected with %1, an old algorithm that CertPilot reads through OpenSSL's "legacy" module, and that module (legacy.so) is not installed on this computer. Install the OpenSSL package that contains it (on Debian: libssl3), or export the certificate again with AES or TripleDES encryption.</source>
        <translation>该文件使用 %1 保护，这是一种旧算法，CertPilot 需通过 OpenSSL 的 “legacy” 模块读取，而此计算机上未安装该模块 (legacy.so)。请安装包含它的 OpenSSL 软件包（Debian 上为 libssl3），或使用 AES 或 TripleDES 加密重新导出证书。</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../../model/import/ImportSource.cpp" line="+27" />
        <source>%1 is too large for a certificate archive; nothing was imported.</source>
        <translation>%1 过大，不是证书压缩包；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An archive inside the archive is not opened. Extract it and import its files.</source>
        <translation>不会打开压缩包内的压缩包。请将其解压后导入其中的文件。</translation>
    </message>
    <message>
        <location filename="../../model/ImportPlan.cpp" line="+58" />
        <source>Root CA</source>
        <translation>根 CA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intermediate CA</source>
        <translation>中间 CA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <location line="+29" />
        <source>This is a PFX (PKCS#12) file, a backup with a private key that needs its password. Extract it from the archive and use PFX import for it.</source>
        <translation>这是 PFX (PKCS#12) 文件，即带私钥的备份，需要密码。请将其从压缩包中解压，然后使用 PFX 导入。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a PFX (PKCS#12) file, which needs its password. Use PFX import for it.</source>
        <translation>这是 PFX (PKCS#12) 文件，需要密码。请使用 PFX 导入。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Certificate requests are not imported: send the request to your CA, then import the certificate it returns.</source>
        <translation>证书申请不会被导入：请将证书申请发送给 CA，然后导入其返回的证书。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This private key is protected by a password and was not imported. Import it as a PFX file instead.</source>
        <translation>此私钥受密码保护，未导入。请改为以 PFX 文件导入。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This file holds no certificate.</source>
        <translation>此文件中没有证书。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Completes the pending request made in this store: moves into Personal with its private key.</source>
        <translation>完成在此证书存储中创建的挂起的申请：连同私钥移入“个人”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No private key for it is in this import or pending in this store: it goes into Personal without one. Import its PFX backup, or use it only where its key is.</source>
        <translation>此次导入中没有其私钥，此证书存储中也没有挂起的私钥：它将不带私钥放入“个人”。请导入其 PFX 备份，或仅在其私钥所在处使用它。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Appears more than once in this import.</source>
        <translation>在此次导入中出现了多次。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Already in %1.</source>
        <translation>已在 %1 中。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>This private key is already in the store or earlier in this import, so it was not imported again.</source>
        <translation>此私钥已在证书存储中或此次导入的前面部分中，因此未再次导入。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This private key belongs to no certificate in this import or in Personal, so it was not imported. Import it together with its certificate.</source>
        <translation>此私钥不属于此次导入或“个人”中的任何证书，因此未导入。请将其与证书一起导入。</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Not installed: you did not confirm that you trust this root.</source>
        <translation>未安装：你未确认信任此根证书。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Its root, %1, is not installed because you did not trust it, so its path ends below the root until you install it.</source>
        <translation>其根证书 %1 未安装，因为你未信任它，所以在安装前其路径终止于根证书之下。</translation>
    </message>
    <message>
        <location line="+86" />
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cross-signed</source>
        <translation>交叉签名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>already installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="+2" />
        <source>duplicate in this import</source>
        <translation>在此次导入中重复</translation>
    </message>
    <message>
        <location line="+2" />
        <source>role chosen by you</source>
        <translation>由你选择的角色</translation>
    </message>
    <message>
        <location line="+2" />
        <source>self-signed, not trusted</source>
        <translation>自签名，不受信任</translation>
    </message>
    <message>
        <location line="+2" />
        <source>completes a pending request</source>
        <translation>完成挂起的申请</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no private key</source>
        <translation>无私钥</translation>
    </message>
</context>
<context>
    <name>InstallationCheck</name>
    <message>
        <location filename="../../model/import/InstallationCheck.cpp" line="+20" />
        <source>Validity dates</source>
        <translation>有效日期</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not valid yet: it starts on %1. If it was just issued, wait; otherwise check this computer's clock.</source>
        <translation>尚未生效：从 %1 开始。如果刚刚颁发，请稍候；否则请检查此计算机的时钟。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Expired on %1. Renew the certificate, or check the computer's clock if the date looks wrong.</source>
        <translation>已于 %1 过期。请续订证书；如果日期看起来不对，请检查计算机的时钟。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Valid from %1 to %2, but only %n day(s) left: renew it now.</source>
        <translation>
            <numerusform>有效期从 %1 到 %2，但仅剩 %n 天：请立即续订。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Valid from %1 to %2 (%n days left).</source>
        <translation>
            <numerusform>有效期从 %1 到 %2（剩余 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no private key for this certificate, so no server can use it. The request was completed elsewhere or its pending key was lost: import the PFX backup that holds the key, or create a new request and ask the CA to re-issue the certificate.</source>
        <translation>此证书没有私钥，因此任何服务器都无法使用它。证书申请已在其他位置完成，或其挂起的私钥已丢失：请导入包含私钥的 PFX 备份，或创建新的证书申请并请 CA 重新颁发证书。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The private key is listed but cannot be read: %1</source>
        <translation>私钥已列出但无法读取：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key stored with this certificate does not match it. Import the right key (from the original PFX backup) or request a new certificate.</source>
        <translation>与此证书一起存储的私钥与其不匹配。请导入正确的私钥（来自原始 PFX 备份），或申请新证书。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You have a private key that corresponds to this certificate.</source>
        <translation>你有一个与该证书对应的私钥。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Certification path</source>
        <translation>证书路径</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Incomplete: issuer not found: %1. Install the intermediate certificate from your CA.</source>
        <translation>不完整：未找到颁发者：%1。请安装 CA 提供的中间证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not trusted (%1): %2</source>
        <translation>不受信任（%1）：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate is itself a trusted root (self-signed). Browsers elsewhere will not trust it; use a certificate issued by a CA.</source>
        <translation>此证书本身就是受信任的根证书（自签名）。其他计算机上的浏览器不会信任它；请使用由 CA 颁发的证书。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Complete to a trusted root, %n levels: %1. This certificate is OK.</source>
        <translation>
            <numerusform>完整链接到受信任的根证书，共 %n 级：%1。此证书正常。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Server authentication</source>
        <translation>服务器身份验证</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate has no Extended Key Usage. Most clients accept that, but some require Server Authentication; CAs include it.</source>
        <translation>此证书没有增强型密钥用法。大多数客户端接受这种情况，但有些客户端要求“服务器身份验证”；CA 颁发的证书都会包含它。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valid for Server Authentication (Extended Key Usage).</source>
        <translation>可用于服务器身份验证（增强型密钥用法）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only "any purpose" in its Extended Key Usage; browsers expect Server Authentication.</source>
        <translation>其增强型密钥用法中只有“任何用途”；浏览器要求“服务器身份验证”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not valid for Server Authentication (its Extended Key Usage is: %1). Ask your CA for a TLS server certificate.</source>
        <translation>不能用于服务器身份验证（其增强型密钥用法为：%1）。请向 CA 申请 TLS 服务器证书。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Key strength</source>
        <translation>密钥强度</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is too weak (at least %2 bits are needed). Create a new request with a stronger key.</source>
        <translation>%1 过弱（至少需要 %2 位）。请使用更强的密钥创建新的证书申请。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: strong enough.</source>
        <translation>%1：强度足够。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is strong, but many clients do not accept it in TLS server certificates yet.</source>
        <translation>%1 强度高，但许多客户端尚不接受它用于 TLS 服务器证书。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not accepted by browsers. Create a new request with RSA 2048 or more, or ECDSA P-256.</source>
        <translation>浏览器不接受 %1。请使用 RSA 2048 或更高，或 ECDSA P-256 创建新的证书申请。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Signed with a broken hash (SHA-1 or older): %1. Browsers reject it; ask your CA to re-issue with SHA-256.</source>
        <translation>使用已被攻破的哈希（SHA-1 或更早）签名：%1。浏览器会拒绝它；请让 CA 使用 SHA-256 重新颁发。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed with %1.</source>
        <translation>使用 %1 签名。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No certificate with thumbprint %1 is in Personal. Verify installation checks a server certificate in Personal.</source>
        <translation>“个人”中没有指纹为 %1 的证书。“验证安装”检查的是“个人”中的服务器证书。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No private key.</source>
        <translation>无私钥。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The certificate is installed correctly.</source>
        <translation>证书已正确安装。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The certificate is installed and usable; see the warnings.</source>
        <translation>证书已安装且可用；请查看警告。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate is not ready for a server: fix the failed checks.</source>
        <translation>证书尚不能用于服务器：请修复失败的检查项。</translation>
    </message>
</context>
<context>
    <name>NginxBinder</name>
    <message>
        <location filename="../../platform/binding/NginxBinder.cpp" line="+45" />
        <source>The private key does not belong to the certificate.</source>
        <translation>该私钥不属于此证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The test needs the rights nginx runs with; run CertPilot as root or with sudo.</source>
        <translation>测试需要 nginx 运行时的权限；请以 root 身份或使用 sudo 运行 CertPilot。</translation>
    </message>
</context>
<context>
    <name>NginxConfig</name>
    <message>
        <location filename="../../platform/binding/NginxConfig.cpp" line="+58" />
        <source>There is no nginx configuration at %1. Set the configuration folder in the binding settings (usually /etc/nginx).</source>
        <translation>%1 处没有 nginx 配置。请在绑定设置中设置配置文件夹（通常为 /etc/nginx）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>nginx's configuration could not be read: %1. Fix it (nginx -t shows the same) and try again.</source>
        <translation>无法读取 nginx 的配置：%1。请修复（nginx -t 会显示相同内容）后重试。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Skipped a %1 server block in %2 (line %3): only http sites are bound.</source>
        <translation>已跳过 %2 中的一个 %1 server 块（第 %3 行）：只绑定 http 网站。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 includes itself</source>
        <translation>%1 包含了自身</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large for a configuration file</source>
        <translation>%1 过大，不是有效的配置文件</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a regular file</source>
        <translation>%1 不是常规文件</translation>
    </message>
    <message>
        <location line="+10" />
        <source>too many included files</source>
        <translation>包含的文件过多</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 in %2 on line %3</source>
        <translation>%2 第 %3 行：%1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unexpected ";"</source>
        <translation>意外的“;”</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the included file %1 does not exist</source>
        <translation>包含的文件 %1 不存在</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected "{"</source>
        <translation>意外的“{”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>missing ";" before "}"</source>
        <translation>“}”之前缺少“;”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected "}"</source>
        <translation>意外的“}”</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unexpected end of file, expecting ";"</source>
        <translation>文件意外结束，应为“;”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected end of file, expecting "}"</source>
        <translation>文件意外结束，应为“}”</translation>
    </message>
</context>
<context>
    <name>NginxEditor</name>
    <message>
        <location filename="../../platform/binding/NginxEditor.cpp" line="+55" />
        <source>The site %1 is no longer in nginx's configuration. List the sites again.</source>
        <translation>网站 %1 已不在 nginx 的配置中。请重新列出网站。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nginx reads "$" in a certificate path as a variable. Choose a folder without "$".</source>
        <translation>nginx 会将证书路径中的“$”视为变量。请选择不含“$”的文件夹。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The site %1 has %2 ssl_certificate lines (one per key type). CertPilot binds one certificate per site: remove the extra ssl_certificate and ssl_certificate_key lines, then bind again.</source>
        <translation>网站 %1 有 %2 个 ssl_certificate 行（每种密钥类型一行）。CertPilot 每个网站只绑定一个证书：请删除多余的 ssl_certificate 和 ssl_certificate_key 行，然后重新绑定。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The certificate of %1 is set in %2, which other sites include too, so changing it there would change them as well. Move the ssl_certificate lines into the site's server block, then bind again.</source>
        <translation>%1 的证书设置在 %2 中，而其他网站也包含该文件，因此在那里更改会同时影响它们。请将 ssl_certificate 行移到该网站的 server 块中，然后重新绑定。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The site %1 has no https listener. Choose "add an https listener" to add one on port 443 or another port.</source>
        <translation>网站 %1 没有 https 监听。请选择“添加 https 监听”，在端口 443 或其他端口上添加一个。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The site %1 already uses port %2 for plain http. Choose another port for https.</source>
        <translation>网站 %1 已将端口 %2 用于普通 http。请为 https 选择其他端口。</translation>
    </message>
</context>
<context>
    <name>OpenSslEndpointProbe</name>
    <message>
        <location filename="../../platform/probe/OpenSslEndpointProbe.cpp" line="+20" />
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The host name %1 could not be resolved. Check the spelling, and that this computer can reach a DNS server.</source>
        <translation>无法解析主机名 %1。请检查拼写，并确认此计算机可以访问 DNS 服务器。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 refused the connection: nothing listens on port %2 there. Is the server running, and is the port right?</source>
        <translation>%1 拒绝了连接：该主机的端口 %2 上没有监听。服务器是否正在运行，端口是否正确？</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%1 did not answer within %n second(s). A firewall may drop the connection, or the host is down.</source>
        <translation>
            <numerusform>%1 在 %n 秒内没有应答。可能是防火墙丢弃了连接，或主机已关闭。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 cannot be reached.</source>
        <translation>无法访问 %1。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The connection to %1 broke while sending the TLS greeting.</source>
        <translation>发送 TLS 问候时与 %1 的连接中断。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%1 accepted the connection but did not answer the TLS handshake within %n second(s). The port may expect another protocol that waits for the client to speak first.</source>
        <translation>
            <numerusform>%1 接受了连接，但在 %n 秒内没有应答 TLS 握手。该端口可能使用另一种协议，需等待客户端先发起通信。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>The connection to %1 broke during the TLS handshake.</source>
        <translation>TLS 握手期间与 %1 的连接中断。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 completed the handshake without sending a certificate.</source>
        <translation>%1 完成了握手，但没有发送证书。</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <location filename="../../app/cli/PasswordInput.cpp" line="+90" />
        <source>the password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read %1 from the first line of FILE (- for standard input).</source>
        <translation>从 FILE 的第一行读取%1（- 表示标准输入）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read %1 from the environment variable VAR.</source>
        <translation>从环境变量 VAR 读取%1。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PASSWORD</source>
        <translation>PASSWORD</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Passwords are not accepted on the command line: every user of this computer can read command lines (ps, /proc). Use --%1 FILE or --%2 VAR, or leave both out to be asked.</source>
        <translation>命令行中不接受密码：此计算机的所有用户都可以读取命令行 (ps, /proc)。请使用 --%1 FILE 或 --%2 VAR，或两者都省略以便在提示时输入。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The password file %1 cannot be read.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The environment variable %1 is not set.</source>
        <translation>未设置环境变量 %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Type it again: </source>
        <translation>再次输入： </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The two passwords differ; nothing was written.</source>
        <translation>两次输入的密码不一致；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A password is needed and there is no terminal to ask on. Use --%1 FILE or --%2 VAR.</source>
        <translation>需要密码，但没有可用于询问的终端。请使用 --%1 FILE 或 --%2 VAR。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password is empty; a file with a private key needs one.</source>
        <translation>密码为空；包含私钥的文件需要密码。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The terminal cannot hide what you type; use --password-file instead.</source>
        <translation>终端无法隐藏你输入的内容；请改用 --password-file。</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <location filename="../../model/pfx/PasswordStrength.cpp" line="+53" />
        <source>No password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type a password of at least %1 characters.</source>
        <translation>请输入至少 %1 个字符的密码。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shorter than %1 characters: a stolen file could be opened by trying passwords. Use a longer one, for example four unrelated words.</source>
        <translation>少于 %1 个字符：文件被盗后可能会被逐一尝试密码而打开。请使用更长的密码，例如四个不相关的词。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>About %1 bits by length and kinds of characters. Longer, or mixing upper and lower case, digits and symbols, makes it stronger.</source>
        <translation>根据长度和字符种类估算约为 %1 位。更长的密码，或混合使用大小写字母、数字和符号，会使其更强。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>About %1 bits by length and kinds of characters (an estimate: it cannot tell a well-known phrase from a random one).</source>
        <translation>根据长度和字符种类估算约为 %1 位（仅为估计：无法区分常见短语和随机短语）。</translation>
    </message>
</context>
<context>
    <name>PemDirStore</name>
    <message>
        <location filename="../../platform/pemdir/PemDirStore.cpp" line="+104" />
        <location line="+7" />
        <source>The file is larger than a certificate can be.</source>
        <translation>该文件大于证书可能的大小。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: %2 (with private key)</source>
        <translation>%1：%2（带私钥）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 is a file, not a store folder. Choose a folder.</source>
        <translation>%1 是文件，不是证书存储文件夹。请选择文件夹。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store folder %1 cannot be created. Check that its parent folder exists and is writable.</source>
        <translation>无法创建证书存储文件夹 %1。请检查其父文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The folder %1 is not a CertPilot store: it holds other files. Choose an empty folder for a new store, or an existing store.</source>
        <translation>文件夹 %1 不是 CertPilot 证书存储：其中有其他文件。请为新证书存储选择空文件夹，或选择现有证书存储。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new store cannot be created in %1 because the folder is read-only.</source>
        <translation>无法在 %1 中创建新证书存储，因为该文件夹是只读的。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The store in %1 is damaged: its marker file %2 is unreadable. Restore the folder from a backup, or open another store.</source>
        <translation>%1 中的证书存储已损坏：其标记文件 %2 无法读取。请从备份还原该文件夹，或打开其他证书存储。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The store in %1 was made by a newer CertPilot. Update CertPilot to open it.</source>
        <translation>%1 中的证书存储由更新版本的 CertPilot 创建。请更新 CertPilot 后再打开。</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Removed %n temporary file(s) left by a program that was interrupted.</source>
        <translation>
            <numerusform>已删除被中断的程序遗留的 %n 个临时文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48" />
        <source>The store folder %1 is read-only, so nothing can be changed. Check the folder's permissions, or open a writable copy.</source>
        <translation>证书存储文件夹 %1 是只读的，无法进行任何更改。请检查文件夹的权限，或打开可写的副本。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The file of friendly names and notes is damaged, so they are not shown. CertPilot keeps the damaged copy in the trash the next time it saves.</source>
        <translation>友好名称和备注文件已损坏，因此不予显示。CertPilot 下次保存时会将损坏的副本保留在回收站中。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An earlier change was interrupted; it is completed or undone when the store is next opened for writing.</source>
        <translation>之前的更改被中断；下次以写入方式打开证书存储时将完成或撤消该更改。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Skipped a symbolic link: a store holds its own files only, so nothing outside it is read or changed through it.</source>
        <translation>已跳过符号链接：证书存储只包含自己的文件，因此不会通过它读取或更改存储之外的任何内容。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Loading the store was cancelled.</source>
        <translation>已取消加载证书存储。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This file is too large to be a certificate; it was not read.</source>
        <translation>该文件过大，不可能是证书；未读取。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This file does not hold exactly one certificate request.</source>
        <translation>该文件不是恰好包含一个证书申请。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>This file holds %n certificate(s); a store file holds exactly one. Import the file instead of copying it here.</source>
        <translation>
            <numerusform>该文件包含 %n 个证书；证书存储中的文件只能包含一个证书。请导入该文件，而不是将其复制到此处。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>This is a second copy of %1; it is ignored.</source>
        <translation>这是 %1 的第二个副本；已忽略。</translation>
    </message>
    <message>
        <location line="+89" />
        <source>A request is stored together with its private key.</source>
        <translation>证书申请与其私钥一起存储。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no certificate to add.</source>
        <translation>没有要添加的证书。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The private key does not belong to %1, so it was not stored. Nothing was changed.</source>
        <translation>该私钥不属于 %1，因此未存储。未做任何更改。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is already in %2. Nothing was changed.</source>
        <translation>%1 已在 %2 中。未做任何更改。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A private key file for %1 already exists; CertPilot never overwrites a key. Nothing was changed.</source>
        <translation>%1 的私钥文件已存在；CertPilot 从不覆盖私钥。未做任何更改。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The item %1 is no longer in %2. Refresh the view and try again.</source>
        <translation>项目 %1 已不在 %2 中。请刷新视图后重试。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The item %1 is no longer in %2.</source>
        <translation>项目 %1 已不在 %2 中。</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+12" />
        <source>Invalid document name.</source>
        <translation>文档名称无效。</translation>
    </message>
    <message>
        <location line="-7" />
        <source>%1 is not a regular file.</source>
        <translation>%1 不是常规文件。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>There is no private key for this item in the store. The key stays on the machine where the request was made; restore it from a PFX backup, or make a new request.</source>
        <translation>证书存储中没有此项目的私钥。私钥保留在创建证书申请的计算机上；请从 PFX 备份还原，或创建新的证书申请。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The private key file cannot be read: %1</source>
        <translation>无法读取私钥文件：%1</translation>
    </message>
    <message>
        <location line="+48" />
        <location line="+18" />
        <source>There is no such item in the trash.</source>
        <translation>回收站中没有此项目。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The trash entry is damaged.</source>
        <translation>回收站条目已损坏。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This item is in the store again, so the copy in the trash was not restored.</source>
        <translation>此项目已重新位于证书存储中，因此未还原回收站中的副本。</translation>
    </message>
</context>
<context>
    <name>PemDirTransaction</name>
    <message>
        <location filename="../../platform/pemdir/PemDirTransaction.cpp" line="+57" />
        <source>cannot create the staging folder</source>
        <translation>无法创建暂存文件夹</translation>
    </message>
    <message>
        <location line="+67" />
        <source>A file of the change is missing: %1</source>
        <translation>缺少更改中的一个文件：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>An interrupted change from an earlier session was completed (%n file(s)).</source>
        <translation>
            <numerusform>已完成之前会话中被中断的更改（%n 个文件）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>An interrupted change could not be completed; its files are kept in %1.</source>
        <translation>被中断的更改无法完成；其文件保留在 %1 中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An unfinished change from an earlier session was discarded; the store is as it was before that change.</source>
        <translation>已放弃之前会话中未完成的更改；证书存储已恢复到该更改之前的状态。</translation>
    </message>
</context>
<context>
    <name>PfxImportPlan</name>
    <message numerus="yes">
        <location filename="../../model/pfx/PfxImportPlan.cpp" line="+32" />
        <source>The file holds no private key, only %n certificate(s). To restore a certificate with its key you need the PFX that was exported with the private key; CA certificates alone are imported with "Import certificates".</source>
        <translation>
            <numerusform>该文件中没有私钥，只有 %n 个证书。要连同私钥还原证书，需要使用连同私钥导出的 PFX；仅有 CA 证书时请使用“导入证书”导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>The file holds %n different private keys. CertPilot restores one certificate with its key at a time; export each certificate to its own PFX file and import them one by one.</source>
        <translation>
            <numerusform>该文件包含 %n 个不同的私钥。CertPilot 每次只还原一个证书及其私钥；请将每个证书分别导出为单独的 PFX 文件，然后逐个导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file holds a private key but not the certificate that belongs to it, so there is nothing to put in Personal. Export the certificate again together with its key.</source>
        <translation>该文件包含私钥，但不包含与之对应的证书，因此没有可放入“个人”的内容。请将证书连同私钥重新导出。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 is not a CA certificate and is not the one with the key; it was left out.</source>
        <translation>%1 不是 CA 证书，也不是带私钥的证书；已忽略。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Imported from a PFX file on %1</source>
        <translation>于 %1 从 PFX 文件导入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported from %1 on %2</source>
        <translation>于 %2 从 %1 导入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; private key marked exportable.</source>
        <translation>；私钥已标志为可导出的。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>; private key not marked exportable.</source>
        <translation>；私钥未标志为可导出的。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is already in Personal with its private key, and so is the rest of the file; nothing needs restoring.</source>
        <translation>%1 已连同私钥位于“个人”中，文件中的其他内容也都已存在；无需还原。</translation>
    </message>
</context>
<context>
    <name>Pkcs12Algorithm</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Algorithm.cpp" line="+45" />
        <source>The file is protected with %1, which CertPilot cannot read. Export it again with AES-256 or TripleDES encryption.</source>
        <translation>该文件使用 %1 保护，CertPilot 无法读取。请使用 AES-256 或 TripleDES 加密重新导出。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The encryption settings inside the file are damaged, so it cannot be opened. Use another copy of the backup.</source>
        <translation>文件内的加密设置已损坏，因此无法打开。请使用备份的其他副本。</translation>
    </message>
    <message>
        <location line="+100" />
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file asks for %1 rounds of password processing; CertPilot stops at %2, because opening it would take minutes to hours and no normal export uses so many. If you made the file yourself, export it again with the default settings.</source>
        <translation>该文件要求进行 %1 轮密码处理；CertPilot 上限为 %2，因为打开它需要数分钟到数小时，而正常导出不会使用这么多轮。如果该文件是你自己创建的，请使用默认设置重新导出。</translation>
    </message>
</context>
<context>
    <name>Pkcs12Info</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Info.cpp" line="+23" />
        <source>No MAC: the file has no integrity check.</source>
        <translation>无 MAC：该文件没有完整性检查。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Other bag (not used)</source>
        <translation>其他包（未使用）</translation>
    </message>
</context>
<context>
    <name>Pkcs12Profile</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Profile.cpp" line="+51" />
        <source>Windows Server 2016 and older, Java 8</source>
        <translation>Windows Server 2016 及更早版本、Java 8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Windows Server 2019 and newer, modern systems</source>
        <translation>Windows Server 2019 及更高版本、现代系统</translation>
    </message>
    <message>
        <location line="+6" />
        <source>TripleDES encryption with a SHA-1 integrity check. Choose this when the file goes to Windows Server 2016 or older, or to Java 8: they cannot open AES files and wrongly report a wrong password. Weaker; protect the file with a long password.</source>
        <translation>TripleDES 加密，SHA-1 完整性检查。当文件要用于 Windows Server 2016 或更早版本、或 Java 8 时选择此项：它们无法打开 AES 文件，并会错误地报告密码错误。安全性较弱；请使用长密码保护文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AES-256 encryption with a SHA-256 integrity check. Opens on Windows Server 2019 and Windows 10 (1709) or newer, Java 11 and later, OpenSSL 1.1.1 and later, nginx and Apache hosts.</source>
        <translation>AES-256 加密，SHA-256 完整性检查。可在 Windows Server 2019 和 Windows 10 (1709) 或更高版本、Java 11 及更高版本、OpenSSL 1.1.1 及更高版本、nginx 和 Apache 主机上打开。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Private key: pbeWithSHAAnd3-KeyTripleDES-CBC (PKCS#12 key derivation, SHA-1), %1 iterations</source>
        <translation>私钥：pbeWithSHAAnd3-KeyTripleDES-CBC（PKCS#12 密钥派生，SHA-1），%1 次迭代</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificates: pbeWithSHAAnd3-KeyTripleDES-CBC, %1 iterations</source>
        <translation>证书：pbeWithSHAAnd3-KeyTripleDES-CBC，%1 次迭代</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity (MAC): HMAC-SHA-1, %1 iterations</source>
        <translation>完整性 (MAC)：HMAC-SHA-1，%1 次迭代</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private key: PBES2, AES-256-CBC, key from PBKDF2-HMAC-SHA256, %1 iterations</source>
        <translation>私钥：PBES2，AES-256-CBC，密钥由 PBKDF2-HMAC-SHA256 派生，%1 次迭代</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates: PBES2, AES-256-CBC, key from PBKDF2-HMAC-SHA256, %1 iterations</source>
        <translation>证书：PBES2，AES-256-CBC，密钥由 PBKDF2-HMAC-SHA256 派生，%1 次迭代</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity (MAC): HMAC-SHA-256, %1 iterations</source>
        <translation>完整性 (MAC)：HMAC-SHA-256，%1 次迭代</translation>
    </message>
</context>
<context>
    <name>Pkcs12Reader</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Reader.cpp" line="+33" />
        <source>This is not a PKCS#12 (.pfx or .p12) file. Choose the backup file that holds the certificate with its private key; certificate files (.cer, .crt, .p7b) are imported with "Import certificates" instead.</source>
        <translation>这不是 PKCS#12（.pfx 或 .p12）文件。请选择包含证书及其私钥的备份文件；证书文件（.cer、.crt、.p7b）请改用“导入证书”导入。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The file ends early (only %n bytes are there): it was probably cut off while downloading, copying or attaching it. Copy it again from the original.</source>
        <translation>
            <numerusform>文件提前结束（只有 %n 字节）：可能在下载、复制或添加为附件时被截断。请从原始文件重新复制。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is larger than %1 MB; a PFX backup is a few kilobytes. Check that you chose the right file.</source>
        <translation>文件大于 %1 MB，而 PFX 备份通常只有几 KB。请检查是否选对了文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file's integrity check passes, but part of its content does not open with this password. The program that made it may have used a second password for the private key, or is faulty. Export the certificate again.</source>
        <translation>文件的完整性检查通过，但其中部分内容无法用此密码打开。生成该文件的程序可能为私钥另设了密码，或者该程序有缺陷。请重新导出证书。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is damaged: part of its content cannot be read. Use another copy of the backup, or export the certificate again.</source>
        <translation>文件已损坏：部分内容无法读取。请使用备份的其他副本，或重新导出证书。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message numerus="yes">
        <location line="+69" />
        <source>%n bytes of unknown data after the end of the file.</source>
        <translation>
            <numerusform>文件末尾之后有 %n 字节的未知数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59" />
        <source>The file's integrity check (MAC) uses %1, which is not a PKCS#12 digest (SHA-1 or SHA-2), so CertPilot cannot trust it; Windows and Java refuse such files too. Export the certificate again with the default settings.</source>
        <translation>文件的完整性检查 (MAC) 使用 %1，它不是 PKCS#12 摘要算法（SHA-1 或 SHA-2），因此 CertPilot 无法信任它；Windows 和 Java 也会拒绝此类文件。请使用默认设置重新导出证书。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>MAC iteration count %1</source>
        <translation>MAC 迭代次数 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file's integrity check (MAC) cannot be computed here.</source>
        <translation>此处无法计算文件的完整性检查 (MAC)。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Wrong password: none of the file's encrypted contents open with it. Type the password that was set when the file was exported (it is case-sensitive).</source>
        <translation>密码错误：文件中的加密内容都无法用它打开。请输入导出文件时设置的密码（区分大小写）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Wrong password, or the file was changed after it was made: its integrity check fails with this password. Type the password that was set when the file was exported (it is case-sensitive).</source>
        <translation>密码错误，或文件在生成后被修改过：使用此密码时完整性检查失败。请输入导出文件时设置的密码（区分大小写）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is damaged or was altered: its integrity check (MAC) fails, although its contents open with this password, so the password is right. Use another copy of the backup, or export the certificate again.</source>
        <translation>文件已损坏或被篡改：其完整性检查 (MAC) 失败，但内容可以用此密码打开，说明密码正确。请使用备份的其他副本，或重新导出证书。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>OpenSSL could not be prepared for reading PFX files.</source>
        <translation>无法准备 OpenSSL 以读取 PFX 文件。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The file is signed with a certificate instead of protected by a password. CertPilot reads password-protected PFX files only.</source>
        <translation>该文件使用证书签名，而不是用密码保护。CertPilot 只能读取受密码保护的 PFX 文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The file has more than %1 sections; CertPilot stops there.</source>
        <translation>文件包含超过 %1 个部分；CertPilot 在此停止读取。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The file has no integrity check (MAC): CertPilot cannot tell whether it was altered. Make a new backup with CertPilot when you can.</source>
        <translation>文件没有完整性检查 (MAC)：CertPilot 无法判断它是否被篡改。请尽快用 CertPilot 创建新的备份。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file uses an old, weak encryption (such as RC2-40). Anyone with the file can break it quickly; keep it safe or replace it with a new backup.</source>
        <translation>文件使用旧的弱加密（例如 RC2-40）。任何拿到该文件的人都能很快破解它；请妥善保管，或用新的备份替换它。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Pkcs12SafeReader</name>
    <message>
        <location filename="../../model/pfx/Pkcs12SafeReader.cpp" line="+42" />
        <source>Private key: %1, %2 bits</source>
        <translation>私钥：%1，%2 位</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The file is protected with a certificate (public-key encryption) instead of a password. CertPilot reads password-protected PFX files only; export it again with a password.</source>
        <translation>该文件使用证书（公钥加密）而不是密码保护。CertPilot 只能读取受密码保护的 PFX 文件；请使用密码重新导出。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The file holds more than %1 items; CertPilot stops there.</source>
        <translation>文件包含超过 %1 个项目；CertPilot 在此停止读取。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The private key in the file is of a type CertPilot does not know (%1).</source>
        <translation>文件中的私钥类型 CertPilot 无法识别（%1）。</translation>
    </message>
</context>
<context>
    <name>Pkcs12Writer</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Writer.cpp" line="+28" />
        <source>A PFX file needs a password: it protects the private key inside.</source>
        <translation>PFX 文件需要密码：密码用于保护其中的私钥。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The password contains a NUL character, which PFX files cannot store. Choose another password.</source>
        <translation>密码包含 NUL 字符，PFX 文件无法存储该字符。请选择其他密码。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A PFX backup needs the certificate and its private key; the private key of this certificate is not in the store.</source>
        <translation>PFX 备份需要证书及其私钥，但存储中没有此证书的私钥。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The private key does not belong to %1, so no PFX file was written.</source>
        <translation>私钥不属于 %1，因此未写入 PFX 文件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The certificate or key could not be prepared.</source>
        <translation>无法准备证书或密钥。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A chain certificate could not be prepared.</source>
        <translation>无法准备证书链中的证书。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The PFX file could not be made.</source>
        <translation>无法生成 PFX 文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The PFX file's integrity check could not be added.</source>
        <translation>无法为 PFX 文件添加完整性检查。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The PFX file could not be encoded.</source>
        <translation>无法编码 PFX 文件。</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../../model/PrivateKey.cpp" line="+88" />
        <source>The key could not be generated.</source>
        <translation>无法生成密钥。</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+21" />
        <source>The data is not a readable private key.</source>
        <translation>数据不是可读取的私钥。</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Wrong password for the private key. Type the password that was set when the key was saved.</source>
        <translation>私钥密码错误。请输入保存密钥时设置的密码。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The private key could not be read.</source>
        <translation>无法读取私钥。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The private key could not be encrypted.</source>
        <translation>无法加密私钥。</translation>
    </message>
</context>
<context>
    <name>ProbeAnalysis</name>
    <message>
        <location filename="../../model/binding/ProbeAnalysis.cpp" line="+42" />
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+2" />
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The server sent no certificate.</source>
        <translation>服务器未发送证书。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The server sends the bound certificate (SHA-1 %1).</source>
        <translation>服务器发送的是已绑定的证书（SHA-1 %1）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, expires %2, SHA-1 %3</source>
        <translation>%1，%2 到期，SHA-1 %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; it has the same key as the bound certificate</source>
        <translation>；它与已绑定证书的密钥相同</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; it is older than the bound certificate</source>
        <translation>；它比已绑定的证书旧</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server sends a different certificate than the one bound (%1). The server may not have been reloaded, another server behind a load balancer may have answered, or a device in front of it (load balancer, CDN, firewall) holds its own copy.</source>
        <translation>服务器发送的证书与已绑定的证书不同（%1）。可能是服务器尚未重新加载，负载均衡器后的另一台服务器作出了响应，或者服务器前端的设备（负载均衡器、CDN、防火墙）使用了自己的证书副本。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The server sends only its own certificate, without the intermediate certificate(s) %1. Browsers that have not cached them, often on phones, report an unknown issuer. Serve the full chain (fullchain.pem) instead of the certificate alone.</source>
        <translation>服务器只发送了自身的证书，没有发送中间证书 %1。未缓存这些证书的浏览器（常见于手机）会报告颁发者未知。请提供完整证书链（fullchain.pem），而不是只提供证书。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server sends only its own certificate, and the store does not have its issuer (%1) either. Import the intermediate certificates from your CA, then bind again.</source>
        <translation>服务器只发送了自身的证书，而存储中也没有其颁发者（%1）。请导入证书颁发机构提供的中间证书，然后重新绑定。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server does not send the intermediate certificate(s) %1. Clients without them cannot build the chain. Add them to the chain file after the certificate.</source>
        <translation>服务器没有发送中间证书 %1。没有这些证书的客户端无法构建证书链。请将它们添加到证书链文件中，放在证书之后。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Neither the server nor the store has the issuer of the certificate (%1). Import the intermediate certificates from your CA.</source>
        <translation>服务器和存储中都没有该证书的颁发者（%1）。请导入证书颁发机构提供的中间证书。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>The server sends the complete chain: its certificate and %n intermediate(s).</source>
        <translation>
            <numerusform>服务器发送了完整的证书链：其证书和 %n 个中间证书。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>The server also sends the root certificate %1. Clients ignore it; it can be left out.</source>
        <translation>服务器还发送了根证书 %1。客户端会忽略它，可以不发送。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server also sends certificates that are not part of this chain: %1. Remove them from the chain file.</source>
        <translation>服务器还发送了不属于此证书链的证书：%1。请将它们从证书链文件中删除。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server sends the intermediate certificates out of order. Put each certificate before its issuer: the server certificate first.</source>
        <translation>服务器发送的中间证书顺序错误。每个证书应放在其颁发者之前，服务器证书放在最前面。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The served chain is trusted: it leads to %1 in Trusted Root Certification Authorities.</source>
        <translation>服务器提供的证书链受信任：它通向“受信任的根证书颁发机构”中的 %1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a root</source>
        <translation>根证书</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The served chain is not trusted: %1</source>
        <translation>服务器提供的证书链不受信任：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No host name was given, so the certificate's names were not checked.</source>
        <translation>未提供主机名，因此未检查证书中的名称。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The certificate covers %1.</source>
        <translation>证书涵盖 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate does not cover %1; it is for %2. Browsers show a name mismatch.</source>
        <translation>证书不涵盖 %1；它适用于 %2。浏览器会显示名称不匹配。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no DNS name</source>
        <translation>无 DNS 名称</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 expired on %2.</source>
        <translation>%1 已于 %2 过期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not valid before %2. Check the server's clock.</source>
        <translation>%1 在 %2 之前尚未生效。请检查服务器的时钟。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The certificate expires in %n day(s), on %1. Renew it.</source>
        <translation>
            <numerusform>证书将在 %n 天后（%1）过期。请续订。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every served certificate is within its validity period.</source>
        <translation>服务器提供的所有证书都在有效期内。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server negotiated %1, which current browsers refuse. Enable TLS 1.2 and 1.3.</source>
        <translation>服务器协商使用了 %1，当前浏览器会拒绝该协议。请启用 TLS 1.2 和 1.3。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protocol %1, cipher %2.</source>
        <translation>协议 %1，密码套件 %2。</translation>
    </message>
</context>
<context>
    <name>ProbeTarget</name>
    <message>
        <location filename="../../model/binding/ProbeTarget.cpp" line="+28" />
        <source>"%1" is not a host name with an optional port, such as www.example.com:443.</source>
        <translation>“%1”不是主机名（可带端口），例如 www.example.com:443。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>RenewalBook</name>
    <message>
        <location filename="../../model/renewal/RenewalBook.cpp" line="+21" />
        <source>The renewals kept with the store are damaged. Restore meta/renewals.json from a backup; CertPilot will not overwrite it.</source>
        <translation>与证书存储一起保存的续订记录已损坏。请从备份还原 meta/renewals.json；CertPilot 不会覆盖它。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The renewals kept with the store were written by a newer CertPilot. Update CertPilot.</source>
        <translation>与证书存储一起保存的续订记录由更新版本的 CertPilot 写入。请更新 CertPilot。</translation>
    </message>
</context>
<context>
    <name>RenewalProgress</name>
    <message>
        <location filename="../../model/renewal/RenewalProgress.cpp" line="+29" />
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (yesterday)</source>
        <translation>%1（昨天）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2 days ago)</source>
        <translation>%1（%2 天前）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1 site</source>
        <translation>1 个网站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 sites</source>
        <translation>%1 个网站</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Request made on %1 with a new private key, kept in Requests.</source>
        <translation>已于 %1 使用新的私钥创建申请，保存在“证书申请”中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request made on %1 is no longer in Requests (deleted, or completed in another store). Create a new request.</source>
        <translation>于 %1 创建的申请已不在“证书申请”中（已被删除，或已在其他证书存储中完成）。请创建新的申请。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create a new request from the old certificate's names and key type. A new private key is made; the old one stays in use until the sites change.</source>
        <translation>根据旧证书的名称和密钥类型创建新的申请。将生成新的私钥；在网站更改之前，旧私钥仍继续使用。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The CA answered.</source>
        <translation>CA 已答复。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted on %1.</source>
        <translation>已于 %1 提交。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the request text into the CA's renewal form (or send the .csr file), then mark it as submitted.</source>
        <translation>将申请文本复制到 CA 的续订表单中（或发送 .csr 文件），然后将其标记为已提交。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CA's certificate arrived.</source>
        <translation>已收到 CA 的证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for the CA since %1. CAs answer by e-mail with a cert.zip or a .cer file; CertPilot remembers where you are if you close it.</source>
        <translation>自 %1 起等待 CA 答复。CA 会通过电子邮件发送 cert.zip 或 .cer 文件；即使关闭 CertPilot，它也会记住你的进度。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>After the request is submitted.</source>
        <translation>提交申请后进行。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The issuing CA certificates are in the store.</source>
        <translation>颁发新证书的 CA 证书已在证书存储中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issuer not found: %1. Install the intermediate certificate from your CA's delivery.</source>
        <translation>未找到颁发者：%1。请安装 CA 发来的文件中的中间证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+18" />
        <source>Checking the new certificate's chain…</source>
        <translation>正在检查新证书的证书链…</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Open the CA's delivery (cert.zip, .p7b, .cer): roots go to Trusted Root, intermediates to Intermediate, and the server certificate completes the request.</source>
        <translation>打开 CA 发来的文件（cert.zip、.p7b、.cer）：根证书放入“受信任的根证书颁发机构”，中间证书放入“中间证书颁发机构”，服务器证书则用于完成证书申请。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new certificate is in Personal with its private key, valid until %1.</source>
        <translation>新证书已连同私钥位于“个人”中，有效期至 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pair the CA's server certificate with the pending private key.</source>
        <translation>将 CA 颁发的服务器证书与挂起的私钥配对。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>After the request is completed.</source>
        <translation>完成申请后进行。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The chain of the new certificate is complete and trusted.</source>
        <translation>新证书的证书链完整且受信任。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No site was recorded with the old certificate. If a server uses it, bind the new one with Site &gt; Bind to Site.</source>
        <translation>没有记录使用旧证书的网站。如果有服务器使用旧证书，请通过“网站 &gt; 绑定到网站”绑定新证书。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Moved to the new certificate: %1.</source>
        <translation>已改用新证书：%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re-binding failed and was undone; these sites keep the old certificate:
%1</source>
        <translation>重新绑定失败，已撤消；以下网站继续使用旧证书：
%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Using the old certificate: %1. They are re-bound once the new one is verified.</source>
        <translation>仍在使用旧证书：%1。新证书验证通过后将重新绑定这些网站。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rolled back on %1: the old certificate is served again (%2). Re-bind when the problem is fixed.</source>
        <translation>已于 %1 回滚：网站重新提供旧证书（%2）。问题解决后请重新绑定。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>To move to the new certificate: %1. Each is tested and reloaded, and restored if anything fails.</source>
        <translation>待改用新证书：%1。每个网站都会经过测试并重新加载，任何步骤失败都会还原。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every live site serves the new certificate (checked: %1).</source>
        <translation>所有线上网站均已提供新证书（已检查：%1）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>After the sites are re-bound.</source>
        <translation>重新绑定网站后进行。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not yet serving the new certificate:
%1</source>
        <translation>尚未提供新证书：
%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to each site and check it serves the new certificate.</source>
        <translation>连接到每个网站，检查其是否提供新证书。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backed up on %1 to %2.</source>
        <translation>已于 %1 备份到 %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skipped. Export a PFX later with Certificate &gt; Export.</source>
        <translation>已跳过。以后可通过“证书 &gt; 导出”导出 PFX。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the new certificate with its key and chain to a password-protected PFX and keep it somewhere safe.</source>
        <translation>将新证书连同其私钥和证书链导出到受密码保护的 PFX 文件，并妥善保管。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The old certificate is in the trash (restore it from View &gt; Show Trash).</source>
        <translation>旧证书已在回收站中（可从“查看 &gt; 显示回收站”还原）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every site serves the new certificate: move the old one to the trash.</source>
        <translation>所有网站均已提供新证书：请将旧证书移到回收站。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The old certificate stays until every live site serves the new one.</source>
        <translation>在所有线上网站都提供新证书之前，旧证书将保留。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Create the renewal request</source>
        <translation>创建续订申请</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submit it to the CA</source>
        <translation>提交给 CA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait for the CA</source>
        <translation>等待 CA 答复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the CA's certificates</source>
        <translation>安装 CA 的证书</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete the request</source>
        <translation>完成证书申请</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verify the new certificate</source>
        <translation>验证新证书</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re-bind the sites</source>
        <translation>重新绑定网站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the live sites</source>
        <translation>检查线上网站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back up as PFX</source>
        <translation>备份为 PFX</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retire the old certificate</source>
        <translation>将旧证书移到回收站</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>RenewalSiteRunner</name>
    <message>
        <location filename="../../model/renewal/RenewalSiteRunner.cpp" line="+35" />
        <source>This build of CertPilot cannot bind certificates to sites.</source>
        <translation>此版本的 CertPilot 无法将证书绑定到网站。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CertPilot cannot reach this kind of server here.</source>
        <translation>CertPilot 在此处无法访问这类服务器。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The site %1 is no longer in the configuration at %2. Bind the new certificate with Site &gt; Bind to Site.</source>
        <translation>网站 %1 已不在 %2 的配置中。请通过“网站 &gt; 绑定到网站”绑定新证书。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This build of CertPilot cannot connect to sites.</source>
        <translation>此版本的 CertPilot 无法连接到网站。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CertPilot does not know where %1 can be reached. Check it with Site &gt; Check Site.</source>
        <translation>CertPilot 不知道可以通过何处访问 %1。请通过“网站 &gt; 检查网站”进行检查。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 serves another certificate (%2, thumbprint %3).</source>
        <translation>%1 提供的是另一个证书（%2，指纹 %3）。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The new certificate is no longer in Personal.</source>
        <translation>新证书已不在“个人”中。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Roll-back failed: %1</source>
        <translation>回滚失败：%1</translation>
    </message>
</context>
<context>
    <name>RequestSummary</name>
    <message>
        <location filename="../../model/request/RequestSummary.cpp" line="+15" />
        <source>Common name</source>
        <translation>公用名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organizational unit</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City/locality</source>
        <translation>城市/地点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State/province</source>
        <translation>省/市/自治区</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Country/region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Alternative names</source>
        <translation>使用者可选名称</translation>
    </message>
    <message>
        <location line="+0" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1, verified</source>
        <translation>%1，已验证</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, DOES NOT VERIFY</source>
        <translation>%1，验证失败</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request id</source>
        <translation>申请 ID</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <location filename="../../model/request/RequestValidator.cpp" line="+54" />
        <source>Enter the host name only, without "%1": for example %2.</source>
        <translation>只输入主机名，不要包含“%1”：例如 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the host name only, without a path: for example %1.</source>
        <translation>只输入主机名，不要包含路径：例如 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter a host name such as www.example.com, not an e-mail address.</source>
        <translation>请输入主机名（例如 www.example.com），而不是电子邮件地址。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A host name cannot contain spaces.</source>
        <translation>主机名不能包含空格。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the ASCII form of this international name: %1.</source>
        <translation>请使用此国际化域名的 ASCII 形式：%1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use English letters, digits, hyphens and dots only; "%1" is not allowed.</source>
        <translation>只能使用英文字母、数字、连字符和点；不允许使用“%1”。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter the host name without a port number (%1).</source>
        <translation>输入主机名时不要包含端口号（%1）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the dot at the end.</source>
        <translation>请删除末尾的点。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A host name can have at most %n characters.</source>
        <translation>
            <numerusform>主机名最多只能有 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>A wildcard is allowed only as the whole first part of the name, like *.example.com.</source>
        <translation>通配符只能作为名称的整个第一部分，例如 *.example.com。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A wildcard needs a domain of at least two parts after it, like *.example.com.</source>
        <translation>通配符后面必须是至少包含两部分的域名，例如 *.example.com。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The name has an empty part: two dots in a row, or a dot at the start.</source>
        <translation>名称中有空的部分：连续两个点，或以点开头。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each part between dots can have at most 63 characters.</source>
        <translation>点之间的每一部分最多只能有 63 个字符。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Host names cannot contain underscores (_); CAs reject them.</source>
        <translation>主机名不能包含下划线（_）；证书颁发机构会拒绝此类名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" cannot appear in a host name: use letters, digits, hyphens and dots.</source>
        <translation>主机名中不能出现“%1”：请使用字母、数字、连字符和点。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A part of a host name cannot start or end with a hyphen (-).</source>
        <translation>主机名的各部分不能以连字符（-）开头或结尾。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a valid IP address.</source>
        <translation>%1 不是有效的 IP 地址。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enter the common name: the site's host name, for example www.example.com.</source>
        <translation>请输入公用名：网站的主机名，例如 www.example.com。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>A common name can have at most %n characters. Enter a shorter name here and add the long one as an alternative name.</source>
        <translation>
            <numerusform>公用名最多只能有 %n 个字符。请在此输入较短的名称，并将长名称添加为使用者可选名称。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Use English (ASCII) letters only: CAs reject "%1". Enter the name as it is registered in English.</source>
        <translation>只能使用英文 (ASCII) 字母：证书颁发机构会拒绝“%1”。请输入注册时使用的英文名称。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is not an ISO country code; %2 uses %3.</source>
        <translation>%1 不是 ISO 国家代码；%2 的代码是 %3。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the 2-letter country code, not the name: %1 for %2.</source>
        <translation>请输入两个字母的国家代码，而不是国家名称：%2 应输入 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not an ISO 3166 country code. Enter the 2-letter code, for example TW, US or DE.</source>
        <translation>%1 不是 ISO 3166 国家代码。请输入两个字母的代码，例如 CN、US 或 DE。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the 2-letter ISO country code, for example TW, US or DE.</source>
        <translation>请输入两个字母的 ISO 国家代码，例如 CN、US 或 DE。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose SHA-256, SHA-384 or SHA-512 as the signature hash.</source>
        <translation>请选择 SHA-256、SHA-384 或 SHA-512 作为签名哈希算法。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Choose RSA 2048, 3072 or 4096, or ECDSA P-256 or P-384.</source>
        <translation>请选择 RSA 2048、3072 或 4096，或者 ECDSA P-256 或 P-384。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Common name</source>
        <translation>公用名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organizational unit</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>City/locality</source>
        <translation>城市/地点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State/province</source>
        <translation>省/市/自治区</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Country/region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alternative names</source>
        <translation>使用者可选名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature hash</source>
        <translation>签名哈希算法</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <location filename="../../platform/binding/ServerCommand.cpp" line="+15" />
        <source>No command is set. Set it in the binding settings.</source>
        <translation>未设置命令。请在绑定设置中设置命令。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 was not found. Is the server installed? Set the command in the binding settings.</source>
        <translation>找不到 %1。服务器是否已安装？请在绑定设置中设置命令。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 未在 %n 秒内完成，已被停止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 crashed.</source>
        <translation>%1 已崩溃。</translation>
    </message>
</context>
<context>
    <name>ServerFiles</name>
    <message>
        <location filename="../../model/pfx/ServerFiles.cpp" line="+35" />
        <location line="+7" />
        <source>The .p7b bundle could not be made.</source>
        <translation>无法生成 .p7b 证书包。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The .p7b bundle could not be encoded.</source>
        <translation>无法编码 .p7b 证书包。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The private key is not available.</source>
        <translation>私钥不可用。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The private key could not be written.</source>
        <translation>无法写入私钥。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no certificate to export.</source>
        <translation>没有要导出的证书。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate could not be read again from the store, which changed since it was opened. Refresh the store (F5) and export again.</source>
        <translation>无法从证书存储再次读取此证书：证书存储在打开后已更改。请刷新证书存储（F5），然后再导出一次。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This export needs the private key of %1, and the store does not have it. Export the certificate alone (.cer), or import the key from a backup first.</source>
        <translation>此导出需要 %1 的私钥，但存储中没有该私钥。请只导出证书（.cer），或先从备份导入密钥。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The private key in the store does not belong to %1.</source>
        <translation>存储中的私钥不属于 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type a password for the key file, or choose to write it unencrypted.</source>
        <translation>请为密钥文件输入密码，或选择以不加密方式写入。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+11" />
        <source>PFX</source>
        <translation>PFX</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+3" />
        <location line="+17" />
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="-11" />
        <source>certificate bundle</source>
        <translation>证书包</translation>
    </message>
    <message>
        <location line="+5" />
        <source>certificate and intermediates</source>
        <translation>证书和中间证书</translation>
    </message>
    <message>
        <location line="+8" />
        <source>chain</source>
        <translation>证书链</translation>
    </message>
</context>
<context>
    <name>ServerTypeText</name>
    <message>
        <location filename="../../model/binding/ServerType.cpp" line="+35" />
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Apache HTTP Server</source>
        <translation>Apache HTTP Server</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IIS</source>
        <translation>IIS</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <location filename="../../model/binding/Site.cpp" line="+12" />
        <source>(default site)</source>
        <translation>（默认网站）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>any port</source>
        <translation>任意端口</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (https)</source>
        <translation> (https)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>default port</source>
        <translation>默认端口</translation>
    </message>
</context>
<context>
    <name>StoreFileReader</name>
    <message>
        <location filename="../../platform/pemdir/StoreFileReader.cpp" line="+136" />
        <location line="+18" />
        <source>The file is larger than a certificate can be.</source>
        <translation>文件太大，不可能是证书。</translation>
    </message>
</context>
<context>
    <name>StoreKindText</name>
    <message>
        <location filename="../../model/StoreKind.cpp" line="+10" />
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Trusted Root Certification Authorities</source>
        <translation>受信任的根证书颁发机构</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intermediate Certification Authorities</source>
        <translation>中间证书颁发机构</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate Enrollment Requests</source>
        <translation>证书注册申请</translation>
    </message>
</context>
<context>
    <name>StoreLocator</name>
    <message>
        <location filename="../../platform/store/StoreLocator.cpp" line="+23" />
        <source>The Windows certificate stores (%1) exist only on Windows. Give a store folder instead, for example --store %2.</source>
        <translation>Windows 证书存储（%1）只存在于 Windows 上。请改为指定证书存储文件夹，例如 --store %2。</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <location filename="../../platform/pemdir/StoreLock.cpp" line="+75" />
        <source>Removed a damaged lock left by a program that was interrupted while it opened the store.</source>
        <translation>已删除某个程序在打开证书存储时被中断而遗留的损坏的锁。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed a leftover lock of %1 (process %2), which is no longer running.</source>
        <translation>已删除 %1 遗留的锁（进程 %2），该进程已不再运行。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>another program</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The store is in use by %1 (process %2). Close that program or wait until it has finished, then try again. You can still view the store.</source>
        <translation>存储正被 %1（进程 %2）使用。请关闭该程序或等待其完成，然后重试。你仍然可以查看存储。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>lock file %1, host %2</source>
        <translation>锁文件 %1，主机 %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store folder cannot be written, so it is open read-only. Check the folder's permissions to make changes.</source>
        <translation>无法写入存储文件夹，因此已以只读方式打开。要进行更改，请检查该文件夹的权限。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is no space left on the disk of the store, so it cannot be changed. Free some disk space and try again; nothing was changed.</source>
        <translation>证书存储所在的磁盘已没有剩余空间，因此无法更改证书存储。请释放一些磁盘空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lock file %1: %2 bytes free</source>
        <translation>锁文件 %1：可用 %2 字节</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store could not be locked for writing.</source>
        <translation>无法锁定存储以进行写入。</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <location filename="../../model/expiry/TableCsv.cpp" line="+49" />
        <source>Could not save the inventory to %1. Choose a folder you can write to and try again.</source>
        <translation>无法将清单保存到 %1。请选择你有写入权限的文件夹后重试。</translation>
    </message>
</context>
<context>
    <name>TlsHandshake</name>
    <message>
        <location filename="../../platform/probe/TlsHandshake.cpp" line="+59" />
        <source>The server does not know the name %1: check the SNI name, or the server's configuration for it.</source>
        <translation>服务器不认识名称 %1：请检查 SNI 名称，或服务器中针对该名称的配置。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+90" />
        <source>(none sent)</source>
        <translation>（未发送）</translation>
    </message>
    <message>
        <location line="-88" />
        <source>The server and CertPilot share no protocol version or cipher, or the server has no certificate for this name.</source>
        <translation>服务器与 CertPilot 没有共同支持的协议版本或密码套件，或者服务器没有适用于此名称的证书。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server and CertPilot share no TLS version.</source>
        <translation>服务器与 CertPilot 没有共同支持的 TLS 版本。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server requires a client certificate.</source>
        <translation>服务器要求提供客户端证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server had an internal error; its error log says more (often an unreadable key or certificate file).</source>
        <translation>服务器发生内部错误；详情请查看其错误日志（通常是密钥或证书文件无法读取）。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>OpenSSL could not start a TLS connection.</source>
        <translation>OpenSSL 无法建立 TLS 连接。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The port answered but does not speak TLS. It may be a plain http port, or another service.</source>
        <translation>端口有响应，但不使用 TLS。它可能是普通的 http 端口或其他服务。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server sent: %1</source>
        <translation>服务器发送了：%1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The server closed the connection without answering the TLS handshake. The port may not speak TLS, or the server refused the name %1.</source>
        <translation>服务器未响应 TLS 握手就关闭了连接。该端口可能不使用 TLS，或服务器拒绝了名称 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>服务器在 TLS 握手期间关闭了连接。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The server refused the TLS handshake with the alert "%1" (%2).</source>
        <translation>服务器拒绝了 TLS 握手，警报为“%1”（%2）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The TLS handshake failed.</source>
        <translation>TLS 握手失败。</translation>
    </message>
</context>
<context>
    <name>WindowsCertificateStore</name>
    <message>
        <location filename="../../platform/windows/WindowsCertificateStore.cpp" line="+42" />
        <source>Opening %1 (%2)</source>
        <translation>正在打开 %1（%2）</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Local Computer certificate stores (MY, Root, CA, REQUEST)</source>
        <translation>本地计算机证书存储（MY、Root、CA、REQUEST）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The Local Computer certificate stores can only be changed by an administrator. Start CertPilot with "Run as administrator".</source>
        <translation>只有管理员才能更改本地计算机证书存储。请使用“以管理员身份运行”启动 CertPilot。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>The file of owners and notes is damaged, so they are not shown. Friendly names are unaffected: Windows keeps them.</source>
        <translation>所有者和备注文件已损坏，因此不显示这些信息。友好名称不受影响：它们由 Windows 保存。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Loading the store was cancelled.</source>
        <translation>已取消加载存储。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The certificate is linked to a private key container that is missing on this computer, so it cannot serve HTTPS. Import its PFX backup, or complete a new request.</source>
        <translation>该证书关联的私钥容器在此计算机上不存在，因此无法用于 HTTPS。请导入其 PFX 备份，或完成新的证书申请。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A pending request made by another program (IIS Manager, certreq). Its request text is not kept in the store; complete it in IIS Manager, or make a new request here.</source>
        <translation>由其他程序（IIS 管理器、certreq）创建的挂起的申请。其申请文本未保存在存储中；请在 IIS 管理器中完成该申请，或在此处创建新的申请。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The request %1 is no longer in Certificate Enrollment Requests (REQUEST). Refresh the view and try again.</source>
        <translation>申请 %1 已不在“证书注册申请”(REQUEST) 中。请刷新视图后重试。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>CA certificates in this store have no private key.</source>
        <translation>此存储中的 CA 证书没有私钥。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reading the private key of %1 in %2</source>
        <translation>正在读取 %2 中 %1 的私钥</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+18" />
        <source>Invalid document name.</source>
        <translation>文档名称无效。</translation>
    </message>
    <message>
        <location line="-12" />
        <source>%1 is not a regular file.</source>
        <translation>%1 不是常规文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is too large.</source>
        <translation>%1 太大。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>WindowsErrorText</name>
    <message>
        <location filename="../../platform/windows/WindowsErrorText.cpp" line="+125" />
        <source>Run CertPilot as an administrator: the Local Computer certificate stores, machine keys and HTTP.sys bindings can only be changed with administrator rights.</source>
        <translation>请以管理员身份运行 CertPilot：只有拥有管理员权限才能更改本地计算机证书存储、计算机密钥和 HTTP.sys 绑定。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Windows refused access to the private key. Run CertPilot as an administrator; if it still fails, the key was imported without "Mark this key as exportable" and cannot be read.</source>
        <translation>Windows 拒绝访问私钥。请以管理员身份运行 CertPilot；如果仍然失败，说明导入该密钥时未选择“标志此密钥为可导出的”，因此无法读取。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key is not exportable, so it cannot be copied or backed up. Import the certificate again from a PFX with "Mark this key as exportable", or make a new request.</source>
        <translation>私钥不可导出，因此无法复制或备份。请从 PFX 重新导入证书并选择“标志此密钥为可导出的”，或创建新的申请。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The private key's container is missing on this computer. The key stays on the machine where the request was made: complete the request there, restore the key from a PFX backup, or make a new request.</source>
        <translation>此计算机上缺少私钥的容器。密钥保留在创建申请的计算机上：请在那台计算机上完成申请，从 PFX 备份还原密钥，或创建新的申请。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No private key is linked to this certificate. Import it from a PFX that includes the key, or complete the request on the computer where it was made.</source>
        <translation>此证书没有关联的私钥。请从包含密钥的 PFX 导入，或在创建申请的计算机上完成该申请。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key does not belong to this certificate. Check that the certificate answers this request, or import the matching PFX.</source>
        <translation>私钥不属于此证书。请检查该证书是否对应此申请，或导入匹配的 PFX。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The item is no longer there. Refresh the view; another program may have removed it.</source>
        <translation>该项已不存在。请刷新视图；可能已被其他程序删除。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It already exists. Refresh the view and use the existing entry, or remove it first.</source>
        <translation>该项已存在。请刷新视图并使用现有条目，或先将其删除。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is changing the store. Close it (or wait for it to finish) and try again.</source>
        <translation>另一个程序正在更改存储。请关闭该程序（或等待其完成）后重试。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The chain ends in a root that this computer does not trust. Import the CA's root certificate into Trusted Root Certification Authorities.</source>
        <translation>证书链终止于此计算机不信任的根证书。请将 CA 的根证书导入“受信任的根证书颁发机构”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The chain is incomplete. Import the CA's intermediate certificates into Intermediate Certification Authorities.</source>
        <translation>证书链不完整。请将 CA 的中间证书导入“中间证书颁发机构”。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 failed: Windows reported %2. %3</source>
        <translation>%1 失败：Windows 报告 %2。%3</translation>
    </message>
</context>
<context>
    <name>WindowsKeyBlob</name>
    <message>
        <location filename="../../platform/windows/WindowsKeyBlob.cpp" line="+18" />
        <source>There is no private key to store.</source>
        <translation>没有要存储的私钥。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Windows keeps server keys in CryptoAPI containers, which hold RSA keys only. Make the request with an RSA key (2048 bits or more).</source>
        <translation>Windows 将服务器密钥保存在 CryptoAPI 容器中，这些容器只支持 RSA 密钥。请使用 RSA 密钥（2048 位或以上）创建申请。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The private key could not be converted for Windows.</source>
        <translation>无法将私钥转换为 Windows 格式。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Windows returned a private key CertPilot cannot read.</source>
        <translation>Windows 返回了 CertPilot 无法读取的私钥。</translation>
    </message>
</context>
<context>
    <name>WindowsStoreTransaction</name>
    <message>
        <location filename="../../platform/windows/WindowsStoreTransaction.cpp" line="+28" />
        <source>Opening %1 (%2)</source>
        <translation>正在打开 %1（%2）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: %2 (with private key)</source>
        <translation>%1：%2（含私钥）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Some of the change could not be undone; check the stores in certlm.msc: %1</source>
        <translation>部分更改无法撤消；请在 certlm.msc 中检查证书存储：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A request is stored together with its private key.</source>
        <translation>申请与其私钥一起存储。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no certificate to add.</source>
        <translation>没有要添加的证书。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The private key does not belong to %1, so it was not stored. Nothing was changed.</source>
        <translation>私钥不属于 %1，因此未存储。未做任何更改。</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+9" />
        <source>%1 is already in %2. Nothing was changed.</source>
        <translation>%1 已在 %2 中。未做任何更改。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The item %1 is no longer in %2. Refresh the view and try again.</source>
        <translation>项目 %1 已不在 %2 中。请刷新视图后重试。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The item %1 is no longer in %2.</source>
        <translation>项目 %1 已不在 %2 中。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Discard the trash record</source>
        <translation>丢弃回收站记录</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Removing %1</source>
        <translation>正在删除 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back %1</source>
        <translation>放回 %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Adding %1 to %2</source>
        <translation>正在将 %1 添加到 %2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Take %1 out of %2 again</source>
        <translation>再次将 %1 从 %2 中移出</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Adding the request for %1 to %2</source>
        <translation>正在将 %1 的申请添加到 %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Take the request for %1 out again</source>
        <translation>再次移出 %1 的申请</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Finding %1</source>
        <translation>正在查找 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renaming %1</source>
        <translation>正在重命名 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give %1 its old friendly name</source>
        <translation>恢复 %1 原来的友好名称</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 is in the store again, so the copy in the trash was not restored.</source>
        <translation>%1 已重新出现在存储中，因此未还原回收站中的副本。</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+13" />
        <source>Restoring %1</source>
        <translation>正在还原 %1</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Remove %1 again</source>
        <translation>再次删除 %1</translation>
    </message>
</context>
<context>
    <name>WindowsTrash</name>
    <message>
        <location filename="../../platform/windows/WindowsTrash.cpp" line="+67" />
        <location line="+79" />
        <location line="+20" />
        <source>There is no such item in the trash.</source>
        <translation>回收站中没有此项目。</translation>
    </message>
    <message>
        <location line="-97" />
        <location line="+4" />
        <source>The trash entry is damaged.</source>
        <translation>回收站条目已损坏。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The trash folder %1 cannot be written, so nothing was removed. Check that CertPilot runs as an administrator.</source>
        <translation>无法写入回收站文件夹 %1，因此未删除任何内容。请检查 CertPilot 是否以管理员身份运行。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The trash entry is damaged, so it cannot be restored.</source>
        <translation>回收站条目已损坏，无法还原。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The trash entry is empty.</source>
        <translation>回收站条目为空。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The restored item's trash folder could not be removed.</source>
        <translation>无法删除已还原项目的回收站文件夹。</translation>
    </message>
</context>
<context>
    <name>certpilot::BindApplyPage</name>
    <message>
        <location filename="../../ui/binding/BindApplyPage.cpp" line="+49" />
        <location line="+62" />
        <source>Binding</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location line="-61" />
        <source>CertPilot writes the server's configuration, checks it, reloads the server and asks the site for its certificate. A failed step puts the old configuration back.</source>
        <translation>CertPilot 会写入服务器的配置、检查配置、重新加载服务器，并向网站请求其证书。任何一步失败都会恢复原来的配置。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Applying the change to %1...</source>
        <translation>正在将更改应用到 %1...</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Binding Failed</source>
        <translation>绑定失败</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Bound</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 now serves %2.</source>
        <translation>%1 现在使用 %2。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The site works, but the binding could not be recorded: %1</source>
        <translation>网站工作正常，但无法记录绑定：%1</translation>
    </message>
</context>
<context>
    <name>certpilot::BindPreviewPage</name>
    <message>
        <location filename="../../ui/binding/BindPreviewPage.cpp" line="+29" />
        <source>Review the Change</source>
        <translation>查看更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing has changed yet. Apply writes the files and the configuration shown here; any failure restores the previous state.</source>
        <translation>尚未做任何更改。“应用”将写入此处显示的文件和配置；如有任何失败，将恢复到之前的状态。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Preparing the change...</source>
        <translation>正在准备更改...</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The site already points at CertPilot's files; only the files change.</source>
        <translation>网站已指向 CertPilot 的文件；只有文件会更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n configuration file(s) will change. The lines marked - are replaced by the lines marked +.</source>
        <translation>
            <numerusform>将更改 %n 个配置文件。标记为 - 的行将被标记为 + 的行替换。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certpilot::BindServerPage</name>
    <message>
        <location filename="../../ui/binding/BindServerPage.cpp" line="+31" />
        <source>Web Server</source>
        <translation>Web 服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the server that serves the site. CertPilot reads its configuration and runs its own test and reload commands.</source>
        <translation>选择提供该网站的服务器。CertPilot 会读取其配置，并运行该服务器自身的测试和重新加载命令。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Configuration folder:</source>
        <translation>配置文件夹(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Test command:</source>
        <translation>测试命令(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reload command:</source>
        <translation>重新加载命令(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the commands, {mainConfig} stands for the main configuration file and {configRoot} for the folder. The certificate files go to a folder of their own, certpilot/ in the configuration folder.</source>
        <translation>在命令中，{mainConfig} 表示主配置文件，{configRoot} 表示配置文件夹。证书文件保存在单独的文件夹中，即配置文件夹中的 certpilot/。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Configuration Folder</source>
        <translation>配置文件夹</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The folder %1 does not exist. Is %2 installed here?</source>
        <translation>文件夹 %1 不存在。此处是否安装了 %2？</translation>
    </message>
</context>
<context>
    <name>certpilot::BindSitePage</name>
    <message>
        <location filename="../../ui/binding/BindSitePage.cpp" line="+30" />
        <source>Use the site's &amp;https settings</source>
        <translation>使用网站的 https 设置(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add an https listener on port:</source>
        <translation>在以下端口添加 https 侦听器(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+9" />
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Choose the site to serve %1 on.</source>
        <translation>选择用于提供 %1 的网站。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Certificate covers</source>
        <translation>证书涵盖</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Reading the configuration in %1...</source>
        <translation>正在读取 %1 中的配置...</translation>
    </message>
    <message>
        <location line="+31" />
        <source>no name</source>
        <translation>无名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every name</source>
        <translation>所有名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 names</source>
        <translation>%2 个名称中的 %1 个</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location line="+8" />
        <source> (suggested)</source>
        <translation>（建议）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The configuration has no sites (server blocks or virtual hosts). Add one, then bind again.</source>
        <translation>配置中没有网站（server 块或虚拟主机）。请添加一个网站，然后重新绑定。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The suggested site is the one whose names the certificate covers.</source>
        <translation>建议的网站是其名称被证书涵盖的网站。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No site has a name this certificate covers. Check that you chose the right certificate and server.</source>
        <translation>没有网站的名称被此证书涵盖。请检查是否选择了正确的证书和服务器。</translation>
    </message>
</context>
<context>
    <name>certpilot::BindWizard</name>
    <message>
        <location filename="../../ui/binding/BindWizard.cpp" line="+19" />
        <source>Bind to Site - %1</source>
        <translation>绑定到网站 - %1</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportFilesPage</name>
    <message>
        <location filename="../../ui/import/CaImportFilesPage.cpp" line="+37" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (already installed)</source>
        <translation>%1（已安装）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (a second copy)</source>
        <translation>%1（第二个副本）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Add Files...</source>
        <translation>添加文件(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Files from Your CA</source>
        <translation>来自证书颁发机构的文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add what the CA sent: the cert.zip archive as it came, or its files (root.cer, uca.cer, server.cer; PEM or DER). You can also drop files on this page.</source>
        <translation>添加 CA 发送的内容：原样的 cert.zip 压缩包，或其中的文件（root.cer、uca.cer、server.cer；PEM 或 DER）。也可以将文件拖放到此页面。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+69" />
        <source>No files yet.</source>
        <translation>尚无文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Reading %n file(s) and checking the chains...</source>
        <translation>
            <numerusform>正在读取 %n 个文件并检查证书链...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57" />
        <source>Private key of %1</source>
        <translation>%1 的私钥</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not imported: see below</source>
        <translation>未导入：见下文</translation>
    </message>
    <message>
        <location line="+0" />
        <source>; not all imported: see below</source>
        <translation>；未全部导入：见下文</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <location line="+9" />
        <source>Archive, %n file(s)</source>
        <translation>
            <numerusform>压缩包，%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n certificate(s) to install. Next shows where each one goes.</source>
        <translation>
            <numerusform>将安装 %n 个证书。“下一步”将显示每个证书的存放位置。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everything in these files is in the store already; there is nothing to install.</source>
        <translation>这些文件中的所有内容都已在存储中；无需安装。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing in these files can be installed.</source>
        <translation>这些文件中没有可以安装的内容。</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportPlanPage</name>
    <message>
        <location filename="../../ui/import/CaImportPlanPage.cpp" line="+32" />
        <source>Trusted Root</source>
        <translation>受信任的根证书颁发机构</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intermediate</source>
        <translation>中间证书颁发机构</translation>
    </message>
    <message>
        <location line="+18" />
        <source>What Will Be Installed</source>
        <translation>将要安装的内容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each certificate in chain order, the store it goes to, and its status once everything is installed. Nothing has been changed yet.</source>
        <translation>按证书链顺序列出每个证书、其存放的存储，以及全部安装后的状态。尚未做任何更改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goes to</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location line="+49" />
        <source>(not added)</source>
        <translation>（未添加）</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>%n certificate(s) will be installed in one step: all of them, or none.</source>
        <translation>
            <numerusform>将一步安装 %n 个证书：要么全部安装，要么都不安装。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roots are installed only if you trust them on the next page.</source>
        <translation>只有在下一页中选择信任根证书后，才会安装根证书。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>From %1; issued by %2; valid until %3.</source>
        <translation>来自 %1；颁发者 %2；有效期至 %3。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After import: %1. %2</source>
        <translation>导入后：%1。%2</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportResultPage</name>
    <message>
        <location filename="../../ui/import/CaImportResultPage.cpp" line="+37" />
        <source>&amp;Verify Installation...</source>
        <translation>验证安装(&amp;V)...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything is installed in one step: all of it, or nothing.</source>
        <translation>所有内容一步安装：要么全部安装，要么都不安装。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Check dates, private key, certification path, purpose and strength of the server certificate, as an administrator does after installing it.</source>
        <translation>像管理员在安装后那样，检查服务器证书的日期、私钥、证书路径、用途和强度。</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>Installing %n certificate(s)...</source>
        <translation>
            <numerusform>正在安装 %n 个证书...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing Was Installed</source>
        <translation>未安装任何内容</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was imported: %1 The store is as it was before.</source>
        <translation>未导入任何内容：%1 存储保持原样。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Installation Complete</source>
        <translation>安装完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done:</source>
        <translation>已完成：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Complete Certificate Request</source>
        <translation>完成证书申请</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportTrustPage</name>
    <message>
        <location filename="../../ui/import/CaImportTrustPage.cpp" line="+22" />
        <source>Security Warning: Trust a Root Certificate?</source>
        <translation>安全警告：是否信任根证书？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are about to install a certificate from a certification authority (CA) as a trusted root.</source>
        <translation>你即将从证书颁发机构 (CA) 安装一个证书作为受信任的根证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CertPilot cannot confirm that a root really comes from the CA it names. Confirm its origin: compare the fingerprints below with the ones your CA publishes on its web site or in its installation manual.&lt;br&gt;&lt;b&gt;If you install a root, every certificate it has issued is trusted in this store.&lt;/b&gt; Installing a root whose fingerprint you have not confirmed is a security risk.</source>
        <translation>CertPilot 无法确认根证书确实来自其声明的证书颁发机构。请确认其来源：将下面的指纹与证书颁发机构在其网站或安装手册中公布的指纹进行比较。&lt;br&gt;&lt;b&gt;如果安装根证书，它颁发的每个证书都将在此存储中受信任。&lt;/b&gt;安装未确认指纹的根证书存在安全风险。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Every root shown will be installed into Trusted Root.</source>
        <translation>显示的所有根证书都将安装到“受信任的根证书颁发机构”。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n root(s) left unticked will not be installed.</source>
        <translation>
            <numerusform>%n 个未勾选的根证书将不会安装。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>The other certificates are installed all the same; until you install their root, their certification path ends below it ("Issuer missing").</source>
        <translation>其他证书仍会照常安装；在安装其根证书之前，它们的证书路径会在根证书之下中断（“缺少颁发者”）。</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportWizard</name>
    <message>
        <location filename="../../ui/import/CaImportWizard.cpp" line="+16" />
        <source>Install CA Certificates</source>
        <translation>安装 CA 证书</translation>
    </message>
</context>
<context>
    <name>certpilot::CertificateListPane</name>
    <message>
        <location filename="../../ui/CertificateListPane.cpp" line="+32" />
        <source>Filter by name, issuer, thumbprint…</source>
        <translation>按名称、颁发者、指纹筛选…</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Expires</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expired 99 day(s) ago</source>
        <translation>99 天前已过期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>certpilot::CertificateTableModel</name>
    <message>
        <location filename="../../model/CertificateTableModel.cpp" line="+119" />
        <source>Pending: waiting for the CA's certificate</source>
        <translation>挂起：等待证书颁发机构的证书</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+38" />
        <source>(request pending)</source>
        <translation>（申请挂起）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>requested %1</source>
        <translation>申请于 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前已过期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Issued To</source>
        <translation>颁发给</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issued By</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expires</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Friendly Name</source>
        <translation>友好名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>certpilot::ChainCard</name>
    <message>
        <location filename="../../ui/chain/ChainCard.cpp" line="+63" />
        <source>%1
Click, or press Enter, to select this certificate.</source>
        <translation>%1
单击或按 Enter 键选择此证书。</translation>
    </message>
    <message>
        <location line="+80" />
        <source>starts in 1 day</source>
        <translation>1 天后生效</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>starts in %n days</source>
        <translation>
            <numerusform>%n 天后生效</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>expired today</source>
        <translation>今天已过期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expired yesterday</source>
        <translation>昨天已过期</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>expired %n days ago</source>
        <translation>
            <numerusform>%n 天前已过期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expires in 1 day</source>
        <translation>1 天后到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>expires in %n days</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This certificate, trusted root</source>
        <translation>此证书，受信任的根证书</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This certificate</source>
        <translation>此证书</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Trusted root</source>
        <translation>受信任的根证书</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Root, not trusted</source>
        <translation>根证书，不受信任</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>Intermediate CA</source>
        <translation>中间证书颁发机构</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+3" />
        <source>Missing issuer certificate</source>
        <translation>缺少颁发者证书</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Issued by: itself (self-signed)</source>
        <translation>颁发者：自身（自签名）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Valid %1 to %2 (%3)</source>
        <translation>有效期从 %1 到 %2（%3）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by %1. Valid %2 to %3, %4. %5</source>
        <translation>颁发者 %1。有效期从 %2 到 %3，%4。%5</translation>
    </message>
</context>
<context>
    <name>certpilot::ChainCardView</name>
    <message>
        <location filename="../../ui/chain/ChainCardView.cpp" line="+26" />
        <source>Select a certificate to see its certification path.</source>
        <translation>选择一个证书以查看其证书路径。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Checking the certification path…</source>
        <translation>正在检查证书路径…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>There is no certification path to show.</source>
        <translation>没有可显示的证书路径。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Trusted: the certificate is itself a trusted root. Click it to select it.</source>
        <translation>受信任：该证书本身就是受信任的根证书。单击以选择它。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Trusted: %n levels from the root down to this certificate. Click a certificate to select it.</source>
        <translation>
            <numerusform>受信任：从根证书到此证书共 %n 级。单击证书以选择它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not trusted: %1. Click a certificate to select it.</source>
        <translation>不受信任：%1。单击证书以选择它。</translation>
    </message>
</context>
<context>
    <name>certpilot::ChainConnector</name>
    <message>
        <location filename="../../ui/chain/ChainConnector.cpp" line="+19" />
        <source>missing link</source>
        <translation>缺失环节</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+30" />
        <source>issued</source>
        <translation>颁发</translation>
    </message>
    <message>
        <location line="+0" />
        <source>issuer not installed</source>
        <translation>颁发者未安装</translation>
    </message>
</context>
<context>
    <name>certpilot::CompleteRequestDialog</name>
    <message>
        <location filename="../../ui/request/CompleteRequestDialog.cpp" line="+54" />
        <source>&amp;Import PFX Backup...</source>
        <translation>导入 PFX 备份(&amp;I)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create &amp;New Request...</source>
        <translation>创建新的证书申请(&amp;N)...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Complete Certificate Request</source>
        <translation>完成证书申请</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the file the certificate authority sent back: .cer, .crt or .p7b, as text (PEM) or binary (DER). You may choose its root and intermediate files together with it.</source>
        <translation>选择证书颁发机构发回的文件：.cer、.crt 或 .p7b，文本 (PEM) 或二进制 (DER) 格式均可。也可以同时选择其根证书和中间证书文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>server.cer</source>
        <translation>server.cer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>www.example.com 2026</source>
        <translation>www.example.com 2026</translation>
    </message>
    <message>
        <location line="+44" />
        <source>CA's &amp;response:</source>
        <translation>CA 的响应(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Friendly name:</source>
        <translation>友好名称(&amp;F)：</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+74" />
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Choose the CA's Response</source>
        <translation>选择 CA 的响应</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c);;All files (*)</source>
        <translation>证书 (*.cer *.crt *.pem *.der *.p7b *.p7c);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Reading the response and looking for its private key...</source>
        <translation>正在读取响应并查找其私钥...</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ready to complete the request for %1.</source>
        <translation>已准备好完成 %1 的申请。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Completing the request...</source>
        <translation>正在完成申请...</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The request was not completed: %1</source>
        <translation>申请未完成：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Request completed.</source>
        <translation>申请已完成。</translation>
    </message>
</context>
<context>
    <name>certpilot::CreateRequestWizard</name>
    <message>
        <location filename="../../ui/request/CreateRequestWizard.cpp" line="+21" />
        <source>Create Certificate Request</source>
        <translation>创建证书申请</translation>
    </message>
</context>
<context>
    <name>certpilot::DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/DashboardWindow.cpp" line="+36" />
        <source>Expiry Dashboard</source>
        <translation>到期仪表板</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;All stores</source>
        <translation>所有存储(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also show the root and intermediate CA certificates</source>
        <translation>同时显示根 CA 证书和中间 CA 证书</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset View</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The owner or notes were not saved: %1</source>
        <translation>未保存所有者或备注：%1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>expired: %1</source>
        <translation>已过期：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <location line="+2" />
        <source>under %1 days: %2</source>
        <translation>少于 %1 天：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+6" />
        <source>Export Inventory</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <location line="-5" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Inventory saved to %1.</source>
        <translation>清单已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>certpilot::DetailsPane</name>
    <message>
        <location filename="../../ui/DetailsPane.cpp" line="+23" />
        <source>Select a certificate to see its details.</source>
        <translation>选择一个证书以查看其详细信息。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certification Path</source>
        <translation>证书路径</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used By</source>
        <translation>使用位置</translation>
    </message>
</context>
<context>
    <name>certpilot::DetailsTab</name>
    <message>
        <location filename="../../ui/DetailsTab.cpp" line="+30" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Authority Key Identifier (critical)</source>
        <translation>授权密钥标识符（关键）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Copy Value</source>
        <translation>复制值(&amp;C)</translation>
    </message>
</context>
<context>
    <name>certpilot::DiagnosticsDialog</name>
    <message>
        <location filename="../../ui/diagnostics/DiagnosticsDialog.cpp" line="+80" />
        <source>Check &amp;Site</source>
        <translation>检查网站(&amp;S)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+208" />
        <source>Diagnose: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message>
        <location line="-208" />
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+3" />
        <source>www.example.com or www.example.com:8443</source>
        <translation>www.example.com 或 www.example.com:8443</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Live site:</source>
        <translation>在线网站(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Optional. With a host name the live site is checked too: the certificate it serves, its chain, the protocol.</source>
        <translation>可选。提供主机名时还会检查在线网站：其提供的证书、证书链和协议。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Live sites cannot be checked in this build.</source>
        <translation>此版本无法检查在线网站。</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+269" />
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location line="-267" />
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the private key and verifying the certification path.</source>
        <translation>正在读取私钥并验证证书路径。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the private key, verifying the certification path and connecting to %1.</source>
        <translation>正在读取私钥、验证证书路径并连接到 %1。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The checks did not run. Try again.</source>
        <translation>检查未运行。请重试。</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The certificate could not be diagnosed.</source>
        <translation>无法诊断该证书。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n problem(s) found. Fix first: %1.</source>
        <translation>
            <numerusform>发现 %n 个问题。请先修复：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location line="+2" />
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="-3" />
        <source>No problem found; read the warnings.</source>
        <translation>未发现问题；请阅读警告。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No problem found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+42" />
        <source>What to do: %1</source>
        <translation>处理办法：%1</translation>
    </message>
    <message>
        <location line="-19" />
        <source>CertPilot: diagnosis</source>
        <translation>CertPilot：诊断</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate (SHA-1): %1</source>
        <translation>证书 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Thumbprint (SHA-1): %1</source>
        <translation>指纹 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site: %1</source>
        <translation>网站：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked: %1</source>
        <translation>检查时间：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>[%1] %2 (%3)</source>
        <translation>[%1] %2（%3）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>certpilot::ExpiryReminder</name>
    <message>
        <location filename="../../ui/dashboard/ExpiryReminder.cpp" line="+28" />
        <source>CertPilot: certificate expiry reminders</source>
        <translation>CertPilot：证书到期提醒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Expiry &amp;Dashboard</source>
        <translation>打开到期仪表板(&amp;D)</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1: expired on %2</source>
        <translation>%1：已于 %2 过期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2 days left</source>
        <translation>%1：剩余 %2 天</translation>
    </message>
    <message>
        <location line="+8" />
        <source>… and %1 more</source>
        <translation>…以及另外 %1 个</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificates expiring: %1</source>
        <translation>即将到期的证书：%1</translation>
    </message>
</context>
<context>
    <name>certpilot::ExpiryTimeline</name>
    <message>
        <location filename="../../ui/dashboard/ExpiryTimeline.cpp" line="+62" />
        <source>Validity (UTC)</source>
        <translation>有效期（UTC）</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+253" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="-251" />
        <location line="+2" />
        <location line="+2" />
        <source>Under %1 days</source>
        <translation>少于 %1 天</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 days or more</source>
        <translation>%1 天或更多</translation>
    </message>
    <message>
        <location line="+142" />
        <source>+%1 days</source>
        <translation>+%1 天</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Days left: %1</source>
        <translation>剩余天数：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valid from %1 to %2</source>
        <translation>有效期从 %1 到 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thumbprint %1</source>
        <translation>指纹 %1</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportFilePage</name>
    <message>
        <location filename="../../ui/pfx/ExportFilePage.cpp" line="+30" />
        <source>B&amp;rowse...</source>
        <translation>浏览(&amp;R)...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;place the existing files</source>
        <translation>替换现有文件(&amp;P)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File to Export</source>
        <translation>要导出的文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Choose a folder; the files are written into it with the names the web server's guides use.</source>
        <translation>选择一个文件夹；文件将以 Web 服务器指南中使用的名称写入该文件夹。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose the file name.</source>
        <translation>选择文件名。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Type a name or choose one with Browse.</source>
        <translation>输入名称，或单击“浏览”选择。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (exists)</source>
        <translation>%1（已存在）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Files to write:</source>
        <translation>要写入的文件：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Folder for the Files</source>
        <translation>文件的存放文件夹</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 文件 (*.%2);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportFormatPage</name>
    <message>
        <location filename="../../ui/pfx/ExportFormatPage.cpp" line="+26" />
        <source>Certification path: %1.</source>
        <translation>证书路径：%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The issuer "%1" is not in the store, so the exported chain will be incomplete.</source>
        <translation>颁发者“%1”不在存储中，因此导出的证书链将不完整。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Include all certificates in the certification &amp;path</source>
        <translation>包括证书路径中的所有证书(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Include the &amp;root certificate</source>
        <translation>包括根证书(&amp;R)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export File Format</source>
        <translation>导出文件格式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The store has no private key for this certificate.</source>
        <translation>存储中没有此证书的私钥。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The store has no private key for this certificate, so only the certificate can be exported.</source>
        <translation>存储中没有此证书的私钥，因此只能导出证书。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Export %1 (thumbprint %2).</source>
        <translation>导出 %1（指纹 %2）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The certification path is taken from the store when the files are written.</source>
        <translation>写入文件时将从存储中获取证书路径。</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportProtectionPage</name>
    <message>
        <location filename="../../ui/pfx/ExportProtectionPage.cpp" line="+23" />
        <source>Show the exact &amp;algorithms</source>
        <translation>显示具体算法(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Encrypt the private key with a password</source>
        <translation>使用密码加密私钥(&amp;E)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Compatibility:</source>
        <translation>兼容性(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Friendly name:</source>
        <translation>友好名称(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Security and Compatibility</source>
        <translation>安全性和兼容性</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Private Key Protection</source>
        <translation>私钥保护</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose who must be able to open the file, and a password that protects the private key in it.</source>
        <translation>选择需要能够打开此文件的对象，并设置保护其中私钥的密码。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key file can be encrypted with a password.</source>
        <translation>可以使用密码加密私钥文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Untick only if the program that reads the key cannot ask for a password.</source>
        <translation>仅当读取密钥的程序无法询问密码时才取消勾选。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 reads the key when it starts. An encrypted key makes it ask for the password (%2); untick to write the key unencrypted, readable only by you (0600), as most servers use it.</source>
        <translation>%1 在启动时读取密钥。如果密钥已加密，它会要求输入密码（%2）；取消勾选则以不加密方式写入密钥，仅你本人可读 (0600)，这也是大多数服务器的用法。</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportResultPage</name>
    <message>
        <location filename="../../ui/pfx/ExportResultPage.cpp" line="+36" />
        <location line="+48" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location line="-47" />
        <source>The files are written, then read back the way their users will read them.</source>
        <translation>文件写入后，会按其使用程序的读取方式读回校验。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Encrypting the PFX file and reading it back with the same password...</source>
        <translation>正在加密 PFX 文件，并使用相同密码读回...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing the files and reading them back...</source>
        <translation>正在写入文件并读回...</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Export Complete</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export is complete.</source>
        <translation>导出已完成。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Written:</source>
        <translation>已写入：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportWizard</name>
    <message>
        <location filename="../../ui/pfx/ExportWizard.cpp" line="+20" />
        <source>Export Certificate - %1</source>
        <translation>导出证书 - %1</translation>
    </message>
</context>
<context>
    <name>certpilot::GeneralTab</name>
    <message>
        <location filename="../../ui/GeneralTab.cpp" line="+37" />
        <source>Certificate Information</source>
        <translation>证书信息</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from:</source>
        <translation>有效期从：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid to:</source>
        <translation>有效期到：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days left:</source>
        <translation>剩余天数：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Friendly name:</source>
        <translation>友好名称：</translation>
    </message>
    <message>
        <location line="+32" />
        <source>None: expired on %1</source>
        <translation>无：已于 %1 过期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You have a private key that corresponds to this certificate.</source>
        <translation>你有一个与该证书对应的私钥。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no private key for this certificate here, so no server can use it. Usually the request was completed on another server, or its pending key was lost. Restore the key from that server or a PFX backup, or make a new request and have the CA re-issue the certificate.</source>
        <translation>此处没有此证书的私钥，因此任何服务器都无法使用它。通常是因为申请是在另一台服务器上完成的，或其挂起的密钥已丢失。请从那台服务器或 PFX 备份还原密钥，或创建新的申请并让证书颁发机构重新颁发证书。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A CA certificate: no private key is needed here.</source>
        <translation>CA 证书：此处不需要私钥。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Checking the certification path…</source>
        <translation>正在检查证书路径…</translation>
    </message>
</context>
<context>
    <name>certpilot::GuiStartup</name>
    <message>
        <location filename="../../app/gui/GuiStartup.cpp" line="+44" />
        <source>The demo folder %1 holds files that are not a CertPilot store, so it was left alone. Move them away and try again.</source>
        <translation>演示文件夹 %1 中包含不属于 CertPilot 存储的文件，因此未对其进行任何操作。请将这些文件移走后重试。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The old demo store in %1 could not be removed.</source>
        <translation>无法删除 %1 中旧的演示存储。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Creating example certificates…</source>
        <translation>正在创建示例证书…</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/gui/main.cpp" line="+119" />
        <source>CertPilot</source>
        <translation>CertPilot</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Example Store</source>
        <translation>示例存储</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open Store</source>
        <translation>打开存储</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="-82" />
        <source>%1 is a file. --demo needs a new or empty folder.</source>
        <translation>%1 是一个文件。--demo 需要一个新的或空的文件夹。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--demo fills a new store with example certificates, but %1 is not empty. Give a new or empty folder with --store, or leave out --store to use the separate demo store.</source>
        <translation>--demo 会用示例证书填充新的存储，但 %1 不为空。请使用 --store 指定一个新的或空的文件夹，或省略 --store 以使用单独的演示存储。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Manages TLS server certificates.</source>
        <translation>管理 TLS 服务器证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the store in DIR (default: %1).</source>
        <translation>打开 DIR 中的存储（默认：%1）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a store filled with example certificates (made anew each time, apart from your own store).</source>
        <translation>打开一个填充了示例证书的存储（每次重新生成，与你自己的存储分开）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Certificate files, a CA's cert.zip or PFX backups to open.</source>
        <translation>要打开的证书文件、CA 的 cert.zip 或 PFX 备份。</translation>
    </message>
</context>
<context>
    <name>certpilot::HelpWindow</name>
    <message>
        <location filename="../../ui/help/HelpWindow.cpp" line="+66" />
        <source>CertPilot Help</source>
        <translation>CertPilot 帮助</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contents</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxContentsPage</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxContentsPage.cpp" line="+37" />
        <source>F&amp;riendly name:</source>
        <translation>友好名称(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Contents of the File</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Opening the file with the password...</source>
        <translation>正在使用密码打开文件...</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The file opens with the password. It holds the private key of this certificate:</source>
        <translation>文件已用该密码打开。其中包含此证书的私钥：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1&lt;/b&gt;, issued by %2, expires %3, thumbprint %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，颁发者 %2，%3 到期，指纹 %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;rarr; %1: already there with its private key.</source>
        <translation>&amp;rarr; %1：已存在，且带有私钥。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;rarr; %1: the certificate is there already; its private key is added.</source>
        <translation>&amp;rarr; %1：证书已存在；将添加其私钥。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;rarr; %1, with its private key.</source>
        <translation>&amp;rarr; %1，带有私钥。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(already there)</source>
        <translation>（已存在）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(only if you trust it, on the next page)</source>
        <translation>（仅当你在下一页选择信任时）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificates of its chain:</source>
        <translation>其证书链中的证书：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Everything in this file is in the store already; there is nothing to import.</source>
        <translation>此文件中的所有内容都已在存储中；无需导入。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Go Back to type it again.</source>
        <translation>请单击“上一步”重新输入。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxFilePage</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxFilePage.cpp" line="+22" />
        <source>B&amp;rowse...</source>
        <translation>浏览(&amp;R)...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Mark this key as exportable</source>
        <translation>标志此密钥为可导出的(&amp;M)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File to Import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PFX (.pfx or .p12) backup holds a certificate with its private key, and often the CA certificates of its chain.</source>
        <translation>PFX（.pfx 或 .p12）备份包含证书及其私钥，通常还包含其证书链中的 CA 证书。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>On Windows, a key not marked exportable can never be backed up again from the certificate store. CertPilot's PEM store keeps every key in a file, so here the choice is recorded in the certificate's notes and applied when the certificate moves to a Windows store.</source>
        <translation>在 Windows 上，未标志为可导出的密钥以后再也无法从证书存储中备份。CertPilot 的 PEM 存储将每个密钥保存在文件中，因此此处的选择会记录在证书的备注中，并在证书移到 Windows 存储时应用。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The password that was set when the file was exported. Some files have none: leave the field empty for those.</source>
        <translation>导出文件时设置的密码。有些文件没有密码：这种情况下请将此字段留空。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Open PFX Backup</source>
        <translation>打开 PFX 备份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PFX backups (*.pfx *.p12);;All files (*)</source>
        <translation>PFX 备份 (*.pfx *.p12);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxResultPage</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxResultPage.cpp" line="+23" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything is added in one step: all of it, or nothing.</source>
        <translation>所有内容一步添加：要么全部添加，要么都不添加。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Adding to the store...</source>
        <translation>正在添加到存储...</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 with its private key &amp;rarr; %2</source>
        <translation>%1（带私钥）&amp;rarr; %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import Complete</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bind the certificate to its web site again to use it.</source>
        <translation>请将证书重新绑定到其网站以使用它。</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxTrustPage</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxTrustPage.cpp" line="+18" />
        <source>Trust the Root Certificate?</source>
        <translation>是否信任根证书？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file contains a root certificate that this store does not trust yet.</source>
        <translation>该文件包含一个此存储尚未信任的根证书。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you leave the box unticked, the certificate, its private key and the intermediate certificates are imported all the same; the chain then shows "root not trusted" until you install the root.</source>
        <translation>如果不勾选此框，证书、其私钥和中间证书仍会照常导入；在安装根证书之前，证书链将显示“根证书不受信任”。</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxWizard</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxWizard.cpp" line="+18" />
        <source>Import PFX Backup</source>
        <translation>导入 PFX 备份</translation>
    </message>
</context>
<context>
    <name>certpilot::InfoBar</name>
    <message>
        <location filename="../../ui/InfoBar.cpp" line="+40" />
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>certpilot::InventoryModel</name>
    <message>
        <location filename="../../ui/dashboard/InventoryModel.cpp" line="+109" />
        <source>Issued To</source>
        <translation>颁发给</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject Alternative Names</source>
        <translation>使用者可选名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued</source>
        <translation>颁发时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expires</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days Left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+55" />
        <source>pending</source>
        <translation>挂起</translation>
    </message>
</context>
<context>
    <name>certpilot::MainActions</name>
    <message>
        <location filename="../../ui/MainActions.cpp" line="+32" />
        <source>&amp;Open Store…</source>
        <translation>打开存储(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import Certificates…</source>
        <translation>导入证书(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import &amp;PFX…</source>
        <translation>导入 PFX(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy &amp;Thumbprint</source>
        <translation>复制指纹(&amp;T)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;Trash…</source>
        <translation>显示回收站(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About CertPilot</source>
        <translation>关于 CertPilot(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create Certificate &amp;Request…</source>
        <translation>创建证书申请(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;omplete Certificate Request…</source>
        <translation>完成证书申请(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verify Installation…</source>
        <translation>验证安装(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bind to Site…</source>
        <translation>绑定到网站(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check &amp;Site…</source>
        <translation>检查网站(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dia&amp;gnose…</source>
        <translation>诊断(&amp;G)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;new…</source>
        <translation>续订(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expiry &amp;Dashboard</source>
        <translation>到期仪表板(&amp;D)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CertPilot &amp;Help</source>
        <translation>CertPilot 帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New Request</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check Site</source>
        <translation>检查网站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a private key and a certificate request (CSR) to send to your CA</source>
        <translation>创建私钥和证书申请 (CSR)，以发送给证书颁发机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pair the certificate your CA sent with the pending request's private key</source>
        <translation>将证书颁发机构发来的证书与挂起的申请的私钥配对</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore a certificate with its private key from a .pfx or .p12 backup</source>
        <translation>从 .pfx 或 .p12 备份还原证书及其私钥</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back up the selected certificate as PFX, or save it for nginx or Apache</source>
        <translation>将所选证书备份为 PFX，或保存为 nginx 或 Apache 使用的格式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew the selected certificate step by step: request, CA, sites, backup</source>
        <translation>分步续订所选证书：证书申请、CA、网站、备份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the troubleshooting checks for the selected certificate and its site</source>
        <translation>对所选证书及其网站运行故障排除检查</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check dates, private key, chain and usage of the selected certificate</source>
        <translation>检查所选证书的日期、私钥、证书链和用途</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the selected certificate for an nginx or Apache site</source>
        <translation>将所选证书用于 nginx 或 Apache 网站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to a site and compare the certificate it serves with the store</source>
        <translation>连接到网站，并将其提供的证书与存储进行比较</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import certificate files (you can also drop them on the window)</source>
        <translation>导入证书文件（也可以将文件拖放到窗口中）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected item to the store's trash</source>
        <translation>将所选项目移到存储的回收站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the SHA-1 thumbprint, as IIS and netsh use it</source>
        <translation>复制 SHA-1 指纹（IIS 和 netsh 使用的格式）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Certificate</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Site</source>
        <translation>网站(&amp;S)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>certpilot::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+59" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+163" />
        <source>CertPilot</source>
        <translation>CertPilot</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Preferences saved. A new language or store is used from the next start.</source>
        <translation>首选项已保存。新的语言或存储将在下次启动时使用。</translation>
    </message>
    <message>
        <location line="+105" />
        <source>%1 (read-only) — CertPilot</source>
        <translation>%1（只读）— CertPilot</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — CertPilot</source>
        <translation>%1 — CertPilot</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some items in the store could not be read (%1).</source>
        <translation>无法读取存储中的某些项目（%1）。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Items: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown: %1 of %2</source>
        <translation>显示：%1/%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expired: %1</source>
        <translation>已过期：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expiring within 30 days: %1</source>
        <translation>30 天内到期：%1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Import Certificates</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store is open read-only, so nothing can be imported now.</source>
        <translation>存储以只读方式打开，因此现在无法导入任何内容。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Moved to the trash.</source>
        <translation>已移到回收站。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Copied thumbprint %1.</source>
        <translation>已复制指纹 %1。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;h3&gt;CertPilot %1&lt;/h3&gt;&lt;p&gt;Manages TLS server certificates: requests, chains, expiry, import and export.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. Charts by QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertPilot %1&lt;/h3&gt;&lt;p&gt;管理 TLS 服务器证书：证书申请、证书链、到期、导入和导出。&lt;/p&gt;&lt;p&gt;Qt %2（使用 %3 构建）&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;根据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）授权。本程序不提供任何担保。图表由 QCustomPlot（GPL-3.0）绘制。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>About CertPilot</source>
        <translation>关于 CertPilot</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+17" />
        <source>Open Store</source>
        <translation>打开存储</translation>
    </message>
</context>
<context>
    <name>certpilot::PasswordFields</name>
    <message>
        <location filename="../../ui/pfx/PasswordFields.cpp" line="+34" />
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>certpilot::PathTab</name>
    <message>
        <location filename="../../ui/PathTab.cpp" line="+33" />
        <source>Certificate status:</source>
        <translation>证书状态：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Certification path:</source>
        <translation>证书路径：</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Checking the certification path…</source>
        <translation>正在检查证书路径…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Issuer not found: %1</source>
        <translation>找不到颁发者：%1</translation>
    </message>
</context>
<context>
    <name>certpilot::ProbeDialog</name>
    <message>
        <location filename="../../ui/binding/ProbeDialog.cpp" line="+41" />
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check a Live Site</source>
        <translation>检查在线网站</translation>
    </message>
    <message>
        <location line="+2" />
        <source>www.example.com or www.example.com:8443</source>
        <translation>www.example.com 或 www.example.com:8443</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+4" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Time limit:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Server name (SNI):</source>
        <translation>服务器名称 (SNI)(&amp;S)：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&lt;p&gt;Enter the site's host name and port, then Check. CertPilot connects like a browser and compares what the server sends with the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输入网站的主机名和端口，然后单击“检查”。CertPilot 会像浏览器一样进行连接，并将服务器发送的内容与存储进行比较。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Check the host</source>
        <translation>检查主机</translation>
    </message>
    <message>
        <location line="+30" />
        <source>&lt;p&gt;Connecting to %1...&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在连接到 %1...&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 could not be checked</source>
        <translation>无法检查 %1</translation>
    </message>
</context>
<context>
    <name>certpilot::ProbeReportView</name>
    <message>
        <location filename="../../ui/binding/ProbeReportView.cpp" line="+46" />
        <source>%1 serves a complete, trusted chain.</source>
        <translation>%1 提供了完整且受信任的证书链。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1: %n check(s) failed.</source>
        <translation>
            <numerusform>%1：%n 项检查失败。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server name (SNI)</source>
        <translation>服务器名称 (SNI)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>none sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>connect %1 ms, handshake %2 ms</source>
        <translation>连接 %1 ms，握手 %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Chain the server sent (%n certificate(s)):</source>
        <translation>
            <numerusform>服务器发送的证书链（%n 个证书）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>issued by %1 &amp;middot; expires %2 &amp;middot; SHA-1 %3</source>
        <translation>颁发者 %1 &amp;middot; %2 到期 &amp;middot; SHA-1 %3</translation>
    </message>
</context>
<context>
    <name>certpilot::RenewalBanner</name>
    <message>
        <location filename="../../ui/renewal/RenewalBanner.cpp" line="+18" />
        <source>&amp;Continue Renewal…</source>
        <translation>继续续订(&amp;C)…</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Renewal of %1 in progress. Next step: %2.</source>
        <translation>正在续订 %1。下一步：%2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 renewals in progress. Renewal of %2, next step: %3.</source>
        <translation>%1 个续订正在进行。正在续订 %2，下一步：%3。</translation>
    </message>
</context>
<context>
    <name>certpilot::RenewalStepRow</name>
    <message>
        <location filename="../../ui/renewal/RenewalStepRow.cpp" line="+58" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>certpilot::RenewalWindow</name>
    <message>
        <location filename="../../ui/renewal/RenewalWindow.cpp" line="+70" />
        <source>&amp;Roll Back…</source>
        <translation>回滚(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Abandon Renewal…</source>
        <translation>放弃续订(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Renew Certificate</source>
        <translation>续订证书</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Bind the old certificate again to every site that was moved to the new one.</source>
        <translation>将旧证书重新绑定到已改用新证书的每个网站。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop following this renewal. Nothing in the store or on the sites changes.</source>
        <translation>不再跟踪此续订。证书存储和网站上的任何内容都不会更改。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Working on %1 (%2 of %3)…</source>
        <translation>正在处理 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Reading the renewal state…</source>
        <translation>正在读取续订状态…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The certificate to renew is not in Personal. Select it in the main window and choose Certificate &gt; Renew.</source>
        <translation>要续订的证书不在“个人”中。请在主窗口中选择该证书，然后选择“证书 &gt; 续订”。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Renew %1</source>
        <translation>续订 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Renewal finished on %1. The sites serve the new certificate, valid until %2.</source>
        <translation>续订已于 %1 完成。网站现在提供新证书，有效期至 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This renewal was abandoned on %1.</source>
        <translation>此续订已于 %1 放弃。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The current certificate expired on %1. Sites that still use it are refused by browsers.</source>
        <translation>当前证书已于 %1 过期。浏览器会拒绝仍在使用它的网站。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The current certificate expires on %1 (today).</source>
        <translation>当前证书将于 %1（今天）到期。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The current certificate expires on %1 (tomorrow).</source>
        <translation>当前证书将于 %1（明天）到期。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The current certificate expires on %1 (%2 days left).</source>
        <translation>当前证书将于 %1 到期（剩余 %2 天）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Started on %1. Your progress is saved with the store; close this window at any time.</source>
        <translation>已于 %1 开始。你的进度随证书存储一起保存；可随时关闭此窗口。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Used by 1 site.</source>
        <translation>有 1 个网站在使用。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used by %1 sites.</source>
        <translation>有 %1 个网站在使用。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Create &amp;Request…</source>
        <translation>创建证书申请(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Copy Request Text</source>
        <translation>复制申请文本(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mark as Submitted</source>
        <translation>标记为已提交(&amp;M)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Install CA Certificates…</source>
        <translation>安装 CA 证书(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Com&amp;plete Request…</source>
        <translation>完成证书申请(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Verify Installation…</source>
        <translation>验证安装(&amp;V)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re-&amp;bind Sites</source>
        <translation>重新绑定网站(&amp;B)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Check Sites</source>
        <translation>检查网站(&amp;C)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Export PFX…</source>
        <translation>导出 PFX(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re&amp;tire Old Certificate…</source>
        <translation>将旧证书移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+129" />
        <source>The renewal state could not be saved: %1</source>
        <translation>无法保存续订状态：%1</translation>
    </message>
    <message>
        <location line="-97" />
        <source>The old certificate is no longer in Personal; start the request from Certificate &gt; Create Certificate Request instead.</source>
        <translation>旧证书已不在“个人”中；请改为通过“证书 &gt; 创建证书申请”创建申请。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The request text is on the clipboard: paste it into the CA's renewal form.</source>
        <translation>申请文本已复制到剪贴板：请将其粘贴到 CA 的续订表单中。</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Checking the live sites…</source>
        <translation>正在检查线上网站…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re-binding the sites: testing each configuration and reloading…</source>
        <translation>正在重新绑定网站：逐个测试配置并重新加载…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rolling back: binding the old certificate again…</source>
        <translation>正在回滚：重新绑定旧证书…</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Retire Old Certificate</source>
        <translation>将旧证书移到回收站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the old certificate of %1 to the trash?</source>
        <translation>是否将 %1 的旧证书移到回收站？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every recorded site serves the new certificate. The old certificate and its private key go to the store's trash, from where View &gt; Show Trash can restore them.</source>
        <translation>所有已记录的网站均已提供新证书。旧证书及其私钥将移到证书存储的回收站，可从“查看 &gt; 显示回收站”中还原。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Moving the old certificate to the trash…</source>
        <translation>正在将旧证书移到回收站…</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+5" />
        <source>Roll Back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Bind the old certificate again to the sites that use the new one?</source>
        <translation>是否将旧证书重新绑定到使用新证书的网站？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each site is tested and reloaded with the old certificate, which expires on %1. The new certificate stays in the store; re-bind when the problem is fixed.</source>
        <translation>每个网站都会使用旧证书进行测试并重新加载，旧证书将于 %1 到期。新证书仍保留在证书存储中；问题解决后请重新绑定。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Abandon Renewal</source>
        <translation>放弃续订</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stop following the renewal of %1?</source>
        <translation>是否不再跟踪 %1 的续订？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing in the store or on the sites changes: a pending request stays in Requests and the sites keep the certificate they serve now.</source>
        <translation>证书存储和网站上的任何内容都不会更改：挂起的申请仍保留在“证书申请”中，网站继续提供当前使用的证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Abandon</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestFileDialog</name>
    <message>
        <location filename="../../ui/request/RequestFileDialog.cpp" line="+44" />
        <source>Certificate Request - %1</source>
        <translation>证书申请 - %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 cannot be read as a certificate request: %2</source>
        <translation>无法将 %1 作为证书申请读取：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 holds certificates, not a request: they are opened for import.</source>
        <translation>%1 包含的是证书，而不是证书申请：将打开这些证书以进行导入。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 holds no certificate request. A request file starts with -----BEGIN CERTIFICATE REQUEST-----.</source>
        <translation>%1 不包含证书申请。证书申请文件以 -----BEGIN CERTIFICATE REQUEST----- 开头。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This store does not hold the private key of this request, so CertPilot cannot complete it. Complete it where it was made (the server that ran openssl req or IIS), or make a new request here.</source>
        <translation>此证书存储中没有此申请的私钥，因此 CertPilot 无法完成该申请。请在创建申请的位置（运行 openssl req 的服务器或 IIS）完成它，或在此处创建新的证书申请。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The request is intact: its signature matches its key.</source>
        <translation>该证书申请完好：其签名与其密钥匹配。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request's signature does not match its key: the file was changed after it was made. Do not send it to a CA; make a new request.</source>
        <translation>该证书申请的签名与其密钥不匹配：文件在创建后被修改过。请不要将其发送给 CA；请创建新的证书申请。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestGenerationPage</name>
    <message>
        <location filename="../../ui/request/RequestGenerationPage.cpp" line="+29" />
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Creating the Request</source>
        <translation>正在创建申请</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new private key is made on this machine and kept in the Requests store.</source>
        <translation>将在此计算机上生成新的私钥，并保存在“证书申请”存储中。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Creating the private key (%1) and signing the request. This can take a few seconds; the window stays usable.</source>
        <translation>正在生成私钥（%1）并签署申请。这可能需要几秒钟；窗口仍可正常使用。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Keeping the private key in the Requests store...</source>
        <translation>正在将私钥保存到“证书申请”存储...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The request was not created, because its private key could not be kept in the store: %1</source>
        <translation>未创建申请，因为无法将其私钥保存到存储中：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The request is ready.</source>
        <translation>申请已就绪。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No request was created, and nothing was stored.</source>
        <translation>未创建申请，也未存储任何内容。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestKeyPage</name>
    <message>
        <location filename="../../ui/request/RequestKeyPage.cpp" line="+21" />
        <source>Cryptographic Service Provider Properties</source>
        <translation>加密服务提供程序属性</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kind of private key to create. It stays on this machine, pending in the Requests store, until the CA's certificate is completed.</source>
        <translation>要创建的私钥类型。在完成证书颁发机构的证书之前，私钥会保留在此计算机上，挂起在“证书申请”存储中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Create Request</source>
        <translation>创建证书申请(&amp;C)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>RSA 2048 bits (recommended)</source>
        <translation>RSA 2048 位（推荐）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SHA-256 (recommended)</source>
        <translation>SHA-256（推荐）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-384</source>
        <translation>SHA-384</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Key type and size:</source>
        <translation>密钥类型和位长(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature &amp;hash:</source>
        <translation>签名哈希算法(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request will ask for</source>
        <translation>此证书申请的内容</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Common name: %1</source>
        <translation>公用名：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Names browsers will accept: %1</source>
        <translation>浏览器接受的名称：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Organization and place: %1</source>
        <translation>组织和地点：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Accepted by every CA and every client; what IIS creates.</source>
        <translation>所有证书颁发机构和客户端都接受；也是 IIS 创建的类型。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stronger than 2048 bits; handshakes are a little slower.</source>
        <translation>比 2048 位更强；握手稍慢。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The strongest RSA choice; handshakes are slower, and the key takes a few seconds to create.</source>
        <translation>最强的 RSA 选项；握手较慢，生成密钥需要几秒钟。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Small and fast, and supported by current browsers; some old clients and devices cannot use it. Check that your CA issues ECDSA certificates.</source>
        <translation>小巧快速，当前浏览器均支持；部分旧客户端和设备无法使用。请确认你的证书颁发机构颁发 ECDSA 证书。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestNamesPage</name>
    <message>
        <location filename="../../ui/request/RequestNamesPage.cpp" line="+33" />
        <source>Subject Alternative Names</source>
        <translation>使用者可选名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browsers check these names, not the common name. List every name users type to reach the site.</source>
        <translation>浏览器检查的是这些名称，而不是公用名。请列出用户访问该网站时输入的每个名称。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;More names, one per line: host names, wildcards such as *.example.com, or IP addresses.</source>
        <translation>更多名称，每行一个：主机名、通配符（如 *.example.com）或 IP 地址(&amp;M)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>example.com
mail.example.com
192.0.2.10</source>
        <translation>example.com
mail.example.com
192.0.2.10</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Always included: %1 (the common name, as an IP address).</source>
        <translation>始终包含：%1（公用名，作为 IP 地址）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Always included: %1 (the common name).</source>
        <translation>始终包含：%1（公用名）。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestResultPage</name>
    <message>
        <location filename="../../ui/request/RequestResultPage.cpp" line="+27" />
        <source>C&amp;opy to Clipboard</source>
        <translation>复制到剪贴板(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save As...</source>
        <translation>另存为(&amp;S)...</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Send the Request to Your CA</source>
        <translation>将申请发送给证书颁发机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy everything from -----BEGIN CERTIFICATE REQUEST----- to -----END CERTIFICATE REQUEST----- into the CA's order form, or save it as a file.</source>
        <translation>将从 -----BEGIN CERTIFICATE REQUEST----- 到 -----END CERTIFICATE REQUEST----- 的全部内容复制到证书颁发机构的订购表单中，或将其另存为文件。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Check before you submit</source>
        <translation>提交前请检查</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The CA then checks that you control the domain: usually by an e-mail to admin@, administrator@, webmaster@, hostmaster@ or postmaster@ the domain, by a file placed on the web site, or by a DNS record. When it sends the certificate, use Complete Certificate Request on this machine: the private key is here.</source>
        <translation>随后，证书颁发机构会验证你是否控制该域名：通常是向该域名的 admin@、administrator@、webmaster@、hostmaster@ 或 postmaster@ 发送电子邮件，在网站上放置文件，或添加 DNS 记录。收到证书后，请在此计算机上使用“完成证书申请”：私钥保存在这里。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Copied. Paste it into the CA's form.</source>
        <translation>已复制。请将其粘贴到证书颁发机构的表单中。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The request could not be saved to %1: %2</source>
        <translation>无法将申请保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save Certificate Request</source>
        <translation>保存证书申请</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate requests (*.csr *.txt);;All files (*)</source>
        <translation>证书申请 (*.csr *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestSubjectPage</name>
    <message>
        <location filename="../../ui/request/RequestSubjectPage.cpp" line="+22" />
        <source>Distinguished Name Properties</source>
        <translation>可分辨名称属性</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who the certificate is for. Use English (ASCII) characters only, as CAs require; enter the city and state by their full official names, without abbreviations.</source>
        <translation>证书的颁发对象。按照证书颁发机构的要求，只能使用英文 (ASCII) 字符；城市和省份请输入完整的正式名称，不要使用缩写。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Common name:</source>
        <translation>公用名(&amp;C)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The site's host name exactly as users type it, without http:// or a path. *.example.com for a wildcard.</source>
        <translation>网站的主机名，与用户输入的完全一致，不含 http:// 或路径。通配符证书请使用 *.example.com。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Example Co., Ltd.</source>
        <translation>Example Co., Ltd.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your organization's legal name in English; may be an abbreviation.</source>
        <translation>你所在组织的英文法定名称；可以使用缩写。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organizational &amp;unit:</source>
        <translation>组织单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>IT Department</source>
        <translation>IT Department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional. Public CAs no longer put it in certificates.</source>
        <translation>可选。公共证书颁发机构已不再将其写入证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>City/&amp;locality:</source>
        <translation>城市/地点(&amp;L)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>TAIPEI</source>
        <translation>BEIJING</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;State/province:</source>
        <translation>省/市/自治区(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TAIWAN</source>
        <translation>BEIJING</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count&amp;ry/region:</source>
        <translation>国家/地区(&amp;R)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>TW</source>
        <translation>CN</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only the common name is required. Organization-validated (OV and EV) certificates also need organization, city, state and country exactly as registered.</source>
        <translation>只有公用名是必填项。组织验证型（OV 和 EV）证书还需要与注册信息完全一致的组织、城市、省份和国家。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestView</name>
    <message>
        <location filename="../../ui/RequestView.cpp" line="+36" />
        <source>Certificate Request (waiting for the CA)</source>
        <translation>证书申请（等待证书颁发机构）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Subject:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alternative names:</source>
        <translation>使用者可选名称：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested:</source>
        <translation>申请时间：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Request to send to the CA:</source>
        <translation>要发送给证书颁发机构的申请：</translation>
    </message>
    <message>
        <location line="+11" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key of this request is kept here, waiting for the certificate the CA issues for it.</source>
        <translation>此申请的私钥保存在这里，等待证书颁发机构为其颁发的证书。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key of this request is missing: the CA's certificate cannot be used without it. Make a new request.</source>
        <translation>此申请的私钥已丢失：没有它就无法使用证书颁发机构颁发的证书。请创建新的申请。</translation>
    </message>
</context>
<context>
    <name>certpilot::RootTrustCard</name>
    <message>
        <location filename="../../ui/import/RootTrustCard.cpp" line="+53" />
        <source>Subject:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have checked the fingerprint: &amp;install this root and trust it</source>
        <translation>我已检查指纹：安装并信任此根证书(&amp;I)</translation>
    </message>
</context>
<context>
    <name>certpilot::SessionProgress</name>
    <message>
        <location filename="../../ui/SessionProgress.cpp" line="+37" />
        <location line="+9" />
        <source>Loading store…</source>
        <translation>正在加载存储…</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Loading store… %1/%2</source>
        <translation>正在加载存储… %1/%2</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+6" />
        <source>Checking chains… %1/%2</source>
        <translation>正在检查证书链… %1/%2</translation>
    </message>
</context>
<context>
    <name>certpilot::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="+30" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+37" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Store location:</source>
        <translation>存储位置(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Remind me of expiring certificates when CertPilot starts</source>
        <translation>CertPilot 启动时提醒我即将到期的证书(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A new language or store location takes effect the next time CertPilot starts. Leave the store location empty to use the default.</source>
        <translation>新的语言或存储位置将在 CertPilot 下次启动时生效。将存储位置留空以使用默认位置。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Expiry warnings</source>
        <translation>到期警告</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Notice (yellow) under:</source>
        <translation>提示（黄色）少于(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Warning (orange) under:</source>
        <translation>警告（橙色）少于(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Critical (red) under:</source>
        <translation>严重（红色）少于(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAs send renewal notices 60 days ahead; renew before the red warning.</source>
        <translation>证书颁发机构会提前 60 天发送续订通知；请在出现红色警告之前续订。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>New request &amp;key:</source>
        <translation>新申请的密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;PFX export for:</source>
        <translation>PFX 导出目标(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5" />
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How long a site check waits for the connection, and again for the TLS handshake.</source>
        <translation>网站检查等待连接的时长，以及等待 TLS 握手的时长。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Site check &amp;time limit:</source>
        <translation>网站检查超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Store Location</source>
        <translation>存储位置</translation>
    </message>
</context>
<context>
    <name>certpilot::StoreTreeWidget</name>
    <message>
        <location filename="../../ui/StoreTreeWidget.cpp" line="+53" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>certpilot::StoreView</name>
    <message>
        <location filename="../../ui/StoreView.cpp" line="+41" />
        <source>Trusted Root Certification Authorities (99)</source>
        <translation>受信任的根证书颁发机构 (99)</translation>
    </message>
</context>
<context>
    <name>certpilot::TrashDialog</name>
    <message>
        <location filename="../../ui/TrashDialog.cpp" line="+28" />
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Deleted certificates, requests and keys stay here until you restore them.</source>
        <translation>已删除的证书、申请和密钥会保留在这里，直到你将其还原。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Reading the trash…</source>
        <translation>正在读取回收站…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The trash is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The store is open read-only, so nothing can be restored now.</source>
        <translation>存储以只读方式打开，因此现在无法还原任何内容。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Restore</source>
        <translation>还原</translation>
    </message>
</context>
<context>
    <name>certpilot::TrustConfirmationWidget</name>
    <message>
        <location filename="../../ui/pfx/TrustConfirmationWidget.cpp" line="+34" />
        <source>Installing a root certificate is a trust decision: every certificate it has signed will be trusted on this computer. Compare the SHA-256 fingerprint below with the one your CA publishes (on its web site or in its installation manual) before you tick the box.</source>
        <translation>安装根证书是一项信任决定：它签署的每个证书都将在此计算机上受信任。勾选此框之前，请将下面的 SHA-256 指纹与证书颁发机构公布的指纹（在其网站或安装手册中）进行比较。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Root:</source>
        <translation>根证书：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Trust this root: install it into Trusted Root</source>
        <translation>信任此根证书：将其安装到“受信任的根证书颁发机构”(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Trust these roots: install them into Trusted Root</source>
        <translation>信任这些根证书：将其安装到“受信任的根证书颁发机构”(&amp;T)</translation>
    </message>
</context>
<context>
    <name>certpilot::UsedByWidget</name>
    <message>
        <location filename="../../ui/binding/UsedByWidget.cpp" line="+23" />
        <source>Not bound to any site yet.</source>
        <translation>尚未绑定到任何网站。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check &amp;Site</source>
        <translation>检查网站(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bind to Site...</source>
        <translation>绑定到网站(&amp;B)...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bound on</source>
        <translation>绑定日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+61" />
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
</context>
<context>
    <name>certpilot::VerifyInstallationDialog</name>
    <message>
        <location filename="../../ui/verify/VerifyInstallationDialog.cpp" line="+48" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certification path:</source>
        <translation>证书路径：</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+145" />
        <source>Verify Installation: %1</source>
        <translation>验证安装：%1</translation>
    </message>
    <message>
        <location line="-144" />
        <source>Verify Installation</source>
        <translation>验证安装</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The certification path is shown when the check is done.</source>
        <translation>检查完成后将显示证书路径。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+232" />
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location line="-230" />
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Checking the installation…</source>
        <translation>正在检查安装…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the private key and verifying the certification path.</source>
        <translation>正在读取私钥并验证证书路径。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The check did not run. Try again.</source>
        <translation>检查未运行。请重试。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The installation could not be checked.</source>
        <translation>无法检查安装。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This certificate is ready to bind.</source>
        <translation>此证书已可以绑定。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 passed every check: dates, private key, certification path, server authentication, key and signature.</source>
        <translation>%1 通过了所有检查：日期、私钥、证书路径、服务器身份验证、密钥和签名。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This certificate can be bound; read the warnings first.</source>
        <translation>此证书可以绑定；请先阅读警告。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not ready to bind. Fix first: %1.</source>
        <translation>尚不能绑定。请先修复：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1
%n checks failed in all; see below.</source>
        <translation>
            <numerusform>%1
共有 %n 项检查失败；详见下文。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>CertPilot: installation check</source>
        <translation>CertPilot：安装检查</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate (SHA-1): %1</source>
        <translation>证书 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Friendly name: %1</source>
        <translation>友好名称：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Thumbprint (SHA-1): %1</source>
        <translation>指纹 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked: %1</source>
        <translation>检查时间：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>[%1] %2: %3</source>
        <translation>[%1] %2：%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certification path (root first):</source>
        <translation>证书路径（根证书在前）：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  %1. (missing) %2</source>
        <translation>  %1. （缺失）%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>  %1. %2 (%3): %4</source>
        <translation>  %1. %2（%3）：%4</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>certpilot::WorkflowLauncher</name>
    <message>
        <location filename="../../ui/WorkflowLauncher.cpp" line="+33" />
        <source>The request and its private key are kept in Requests.</source>
        <translation>申请及其私钥保存在“证书申请”中。</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Installed %n certificate(s).</source>
        <translation>
            <numerusform>已安装 %n 个证书。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>Bound to %1.</source>
        <translation>已绑定到 %1。</translation>
    </message>
</context>
</TS>
